using Encore.Community;
using Encore.Data;
using Encore.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Api;

public sealed record KudosDto(int WorkId, bool Left, string Message);

public sealed record CommentDto(int Id, int WorkId, int ChapterId, int? ParentId, string Pseud, string Content, DateTime CreatedAt, string Url);

// Kudos, comments and bookmarks through the API (write tokens only, see ApiV1), by the services the work page's
// forms use, so the rules are the same: once per reader, never on one's own work, only on works the reader may open.
public static class ResponseEndpoints
{
    public static RouteGroupBuilder MapResponses(this RouteGroupBuilder writes)
    {
        writes.MapPost("/works/{id:int}/kudos", async (HttpContext http, KudosGiving kudos, int id, CancellationToken ct) =>
                await kudos.LeaveAsync(id, http.Reader(), "", ct) switch
                {
                    KudosResult.Left => TypedResults.Created($"{WorkLists.Origin(http)}/api/v1/works/{id}", new KudosDto(id, true, KudosGiving.Message(KudosResult.Left))),
                    KudosResult.AlreadyLeft => TypedResults.Ok(new KudosDto(id, false, KudosGiving.Message(KudosResult.AlreadyLeft))),
                    KudosResult.OwnWork => ApiProblems.Forbidden(KudosGiving.Message(KudosResult.OwnWork)),
                    _ => ApiProblems.NotFound($"There is no work {id}, or not one you may see."),
                })
            .WithName("LeaveKudos").WithSummary("Leaves kudos on a work (once; never on your own).")
            .Produces<KudosDto>(StatusCodes.Status201Created).Produces<KudosDto>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        writes.MapPost("/works/{id:int}/comments", CommentAsync)
            .WithName("PostComment").WithSummary("Comments on a chapter of a work (its first chapter unless chapterId says), or replies to a comment.")
            .Accepts<CommentInput>("application/json").Produces<CommentDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        writes.MapPut("/works/{id:int}/bookmark", BookmarkAsync)
            .WithName("SaveBookmark").WithSummary("Bookmarks a work, or changes your bookmark of it.")
            .Accepts<BookmarkInput>("application/json").Produces<BookmarkDto>().Produces<BookmarkDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        writes.MapDelete("/works/{id:int}/bookmark", async (HttpContext http, EncoreDb db, Bookmarking bookmarking, int id, CancellationToken ct) =>
                await db.Bookmarks.AnyAsync(b => b.UserId == http.Reader().UserId && b.WorkId == id, ct) && await bookmarking.DeleteAsync(id, http.Reader(), ct)
                    ? Results.NoContent()
                    : ApiProblems.NotFound($"You have no bookmark of work {id}."))
            .WithName("DeleteBookmark").WithSummary("Deletes your bookmark of a work.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return writes;
    }

    private static async Task<IResult> CommentAsync(HttpContext http, EncoreDb db, Commenting commenting, int id, CommentInput input, CancellationToken ct)
    {
        var reader = http.Reader();
        var chapterId = input.ChapterId ?? await db.Chapters.Where(c => c.WorkId == id).OrderBy(c => c.Position).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        var problems = new List<(string, string)>();
        var pseuds = await PostingEndpoints.PseudIdsAsync(db, reader.UserId!, input.Pseud == null ? null : [input.Pseud], problems, ct);
        if (problems.Count > 0) return ApiProblems.Validation(problems.Select(p => ("pseud", p.Item2)));
        var result = await commenting.PostAsync(new NewComment(id, chapterId ?? 0, input.ParentId, input.Text ?? "", pseuds[0]), reader, ct);
        if (result.Missing) return ApiProblems.NotFound($"There is no such work, chapter or comment to reply to, or not one you may see.");
        if (!result.Succeeded) return ApiProblems.Validation([(result.Field == "PseudId" ? "pseud" : "text", result.Error!)]);
        var comment = result.Comment!;
        var pseud = await db.Pseuds.Where(p => p.Id == comment.PseudId).Select(p => p.Name).SingleAsync(ct);
        return TypedResults.Created(WorkLists.Origin(http) + Pages.Comments.CommentLinks.OnChapter(db, comment),
            new CommentDto(comment.Id, comment.WorkId, comment.ChapterId, comment.ParentId, pseud, comment.Content, comment.CreatedAt,
                WorkLists.Origin(http) + Pages.Comments.CommentLinks.OnChapter(db, comment)));
    }

    private static async Task<IResult> BookmarkAsync(HttpContext http, EncoreDb db, Bookmarking bookmarking, int id, BookmarkInput input, CancellationToken ct)
    {
        var reader = http.Reader();
        if (await db.RespondableAsync(id, reader, ct) == null) return ApiProblems.NotFound($"There is no work {id}, or not one you may see.");
        var problems = new List<(string, string)>();
        var pseuds = await PostingEndpoints.PseudIdsAsync(db, reader.UserId!, input.Pseud == null ? null : [input.Pseud], problems, ct);
        var tags = (input.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (tags.Any(t => t.Contains(','))) problems.Add(("tags", "A bookmark tag cannot contain a comma."));
        if (problems.Count > 0) return ApiProblems.Validation(problems.Select(p => (p.Item1 == "pseuds" ? "pseud" : p.Item1, p.Item2)));

        var existed = await db.Bookmarks.AnyAsync(b => b.UserId == reader.UserId && b.WorkId == id, ct);
        var problem = await bookmarking.SaveAsync(id, new Encore.Community.BookmarkInput(input.Notes, string.Join(", ", tags), input.Private, input.Rec, pseuds[0]), reader, ct);
        if (problem is { } p) return ApiProblems.Validation([(p.Field == "PseudId" ? "pseud" : ApiFields.Of(p.Field), p.Error)]);

        var saved = await db.Bookmarks.AsNoTracking().Where(b => b.UserId == reader.UserId && b.WorkId == id)
            .Select(b => new { UserName = b.User.UserName!, Pseud = b.Pseud.Name, b.Notes, b.Tags, b.IsPrivate, b.IsRec, b.UpdatedAt }).SingleAsync(ct);
        var dto = new BookmarkDto(id, saved.UserName, saved.Pseud, saved.Notes, BookmarkTags.Split(saved.Tags), saved.IsPrivate, saved.IsRec, saved.UpdatedAt, null);
        return existed ? TypedResults.Ok(dto) : TypedResults.Created($"{WorkLists.Origin(http)}/api/v1/users/{Uri.EscapeDataString(saved.UserName)}/bookmarks", dto);
    }
}
