using Encore.People;
using Encore.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Encore.Web.Search;

public sealed record IndexReport(bool Matches, int Works, long TagPostings, long LastChangeId, int Builds, IReadOnlyList<string> Problems);

// GET /api/admin/index/verify: this node's live index checked against the database (what `encore index verify`
// checks for a freshly built one), for an admin or a monitoring script. Admins only; it builds a fresh index to
// compare, which takes as long as the build at start.
public static class IndexEndpoints
{
    public static IEndpointRouteBuilder MapIndexApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/index/verify", async Task<Results<Ok<IndexReport>, UnauthorizedHttpResult, StatusCodeHttpResult>> (
            IndexHost host, Reader reader, CancellationToken ct) =>
        {
            if (!reader.SignedIn) return TypedResults.Unauthorized();
            if (!reader.IsAdmin) return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
            var problems = await host.VerifyAsync(ct);
            return TypedResults.Ok(new IndexReport(problems.Count == 0, host.Index.LiveWorks, host.Index.PostingEntries, host.LastChangeId, host.Builds, problems));
        });
        return app;
    }
}
