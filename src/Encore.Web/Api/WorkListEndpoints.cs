using Encore.Catalog;
using Encore.Data;
using Encore.Search;
using Encore.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Api;

// The work lists, each the JSON twin of an HTML list with the same scope and filters: every work (/works/search), a
// tag's works, a creator's (or one pseud's) works, and a user's bookmarks.
public static class WorkListEndpoints
{
    public static RouteGroupBuilder MapWorkLists(this RouteGroupBuilder api)
    {
        api.MapGet("/works", (HttpContext http, EncoreDb db, [AsParameters] WorkListParameters filter, CancellationToken ct) =>
                WorkLists.WorksAsync(http, db, new WorkListScope(), "/works/search", ct))
            .WithName("ListWorks").WithSummary("Every work the reader may see, filtered, sorted and paged, with facet counts.")
            .Produces<WorkListDto>().ProducesValidationProblem();

        api.MapGet("/tags/{name}/works", async (HttpContext http, EncoreDb db, string name, [AsParameters] WorkListParameters filter, CancellationToken ct) =>
            {
                // A synonym's works are its canonical tag's, as on the tag's page (which redirects there).
                var tag = await WorkSources.FindTagAsync(db, name, ct);
                if (tag == null) return ApiProblems.NotFound($"There is no tag called \"{Tags.TagUrl.Unescape(name)}\".");
                var canonical = tag.Merger ?? tag;
                return await WorkLists.WorksAsync(http, db, new WorkListScope { TagId = canonical.Id }, Links.TagWorks(canonical.Name), ct);
            })
            .WithName("ListTagWorks").WithSummary("A tag's works (its synonyms' and sub tags' included), filtered, sorted and paged.")
            .Produces<WorkListDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/users/{name}/works", async (HttpContext http, EncoreDb db, string name, string? pseud, [AsParameters] WorkListParameters filter,
                CancellationToken ct) =>
            {
                var user = await WorkSources.FindUserAsync(db, name, ct);
                if (user == null) return ApiProblems.NotFound($"There is no user called \"{name}\".");
                if (pseud != null && !await db.Pseuds.AnyAsync(p => p.UserId == user.Id && p.Name == pseud, ct))
                    return ApiProblems.NotFound($"{user.UserName} has no pseud called \"{pseud}\".");
                var path = pseud == null ? Links.User(user.UserName!) : Links.Pseud(user.UserName!, pseud);
                return await WorkLists.WorksAsync(http, db, await WorkListScopes.CreatorAsync(db, user.Id, pseud, ct), path, ct);
            })
            .WithName("ListUserWorks").WithSummary("A creator's works, or one of their pseuds' (pseud=NAME), filtered, sorted and paged.")
            .Produces<WorkListDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/users/{name}/bookmarks", BookmarksAsync)
            .WithName("ListUserBookmarks").WithSummary("A user's bookmarks (private ones only to their owner), filtered, sorted and paged.")
            .Produces<BookmarkListDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> BookmarksAsync(HttpContext http, EncoreDb db, string name, [AsParameters] WorkListParameters filter,
        CancellationToken ct)
    {
        var user = await WorkSources.FindUserAsync(db, name, ct);
        if (user == null) return ApiProblems.NotFound($"There is no user called \"{name}\".");
        var scope = await WorkListScopes.BookmarksAsync(db, user.Id, http.Reader(), ct);
        var (run, problem) = await WorkLists.RunAsync(http, db, scope, Links.User(user.UserName!) + "/bookmarks", ct);
        if (run == null) return problem!;
        var ids = run.Page.Works.Select(w => w.Id).ToList();
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.UserId == user.Id && ids.Contains(b.WorkId))
            .Select(b => new { b.WorkId, Pseud = b.Pseud.Name, b.Notes, b.Tags, b.IsPrivate, b.IsRec, b.UpdatedAt }).ToDictionaryAsync(b => b.WorkId, ct);
        var origin = WorkLists.Origin(http);
        var rows = run.Page.Works.Where(w => bookmarks.ContainsKey(w.Id)).Select(w =>
        {
            var b = bookmarks[w.Id];
            return new BookmarkDto(w.Id, user.UserName!, b.Pseud, b.Notes, Encore.Community.BookmarkTags.Split(b.Tags), b.IsPrivate, b.IsRec, b.UpdatedAt,
                WorkSummaryDto.From(w, origin));
        }).ToList();
        return TypedResults.Ok(new BookmarkListDto(run.Page.Result.Total, run.Page.Page, run.PageSize, run.Pages, run.Filter, run.Html, rows, run.Facets)
        {
            Search = run.Search,
        });
    }
}
