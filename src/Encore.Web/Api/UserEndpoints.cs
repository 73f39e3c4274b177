using Encore.Catalog;
using Encore.Data;
using Encore.Search;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Api;

public sealed record PseudDto(string Name, string? Description, bool Default, string Works);

// A creator: their pseuds and the first page of their works (filter and page them at /users/NAME/works).
public sealed record UserDto(string Name, string? Profile, DateTime JoinedAt, IReadOnlyList<PseudDto> Pseuds, string Bookmarks, WorkListDto Works);

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        api.MapGet("/users/{name}", async (HttpContext http, EncoreDb db, string name, CancellationToken ct) =>
            {
                var user = await WorkSources.FindUserAsync(db, name, ct);
                if (user == null) return ApiProblems.NotFound($"There is no user called \"{name}\".");
                var origin = WorkLists.Origin(http);
                var api = $"{origin}/api/v1/users/{Uri.EscapeDataString(user.UserName!)}";
                var pseuds = await db.Pseuds.AsNoTracking().Where(p => p.UserId == user.Id).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name)
                    .Select(p => new { p.Name, p.Description, p.IsDefault }).ToListAsync(ct);
                // The request carries no filter, so this is the list's first page in its usual order.
                var (run, problem) = await WorkLists.RunAsync(http, db, await WorkListScopes.CreatorAsync(db, user.Id, null, ct), Links.User(user.UserName!), ct);
                if (run == null) return problem!;
                var works = new WorkListDto(run.Page.Result.Total, run.Page.Page, run.PageSize, run.Pages, run.Filter, run.Html,
                    run.Page.Works.Select(w => WorkSummaryDto.From(w, origin)).ToList(), run.Facets) { Search = run.Search };
                return TypedResults.Ok(new UserDto(user.UserName!, user.Profile, user.CreatedAt,
                    pseuds.Select(p => new PseudDto(p.Name, p.Description, p.IsDefault, $"{api}/works?pseud={Uri.EscapeDataString(p.Name)}")).ToList(),
                    $"{api}/bookmarks", works));
            })
            .WithName("GetUser").WithSummary("A creator: their pseuds and the first page of their works.")
            .Produces<UserDto>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
