using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;

namespace Encore.Web.Api;

// One work, as its page shows it to this reader: drafts only to their creators, restricted works only with a token,
// hidden works only to their creators and admins. As on the page, the reader's own mutes and blocklist do not stop
// them opening a work by its address.
public static class WorkEndpoints
{
    public static RouteGroupBuilder MapWorkReading(this RouteGroupBuilder api)
    {
        api.MapGet("/works/{id:int}", async (HttpContext http, EncoreDb db, int id, CancellationToken ct) =>
                await WorkReading.LoadAsync(db, id, http.Reader(), ct) is { } work
                    ? TypedResults.Ok(WorkDto.From(work, WorkLists.Origin(http)))
                    : ApiProblems.NotFound($"There is no work {id}, or not one you may see."))
            .WithName("GetWork").WithSummary("A work: its details, tags, figures and the list of its chapters.")
            .Produces<WorkDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/works/{id:int}/chapters", async (HttpContext http, EncoreDb db, int id, CancellationToken ct) =>
                await WorkReading.LoadAsync(db, id, http.Reader(), ct) is { } work
                    ? TypedResults.Ok(work.Chapters.OrderBy(c => c.Position).Select(ChapterDto.From).ToList())
                    : ApiProblems.NotFound($"There is no work {id}, or not one you may see."))
            .WithName("ListChapters").WithSummary("Every chapter of a work in reading order, with its text.")
            .Produces<List<ChapterDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/works/{id:int}/chapters/{chapterId:int}", async (HttpContext http, EncoreDb db, int id, int chapterId, CancellationToken ct) =>
                await WorkReading.LoadAsync(db, id, http.Reader(), ct) is { } work && work.Chapters.FirstOrDefault(c => c.Id == chapterId) is { } chapter
                    ? TypedResults.Ok(ChapterDto.From(chapter))
                    : ApiProblems.NotFound($"Work {id} has no chapter {chapterId}, or it is not one you may see."))
            .WithName("GetChapter").WithSummary("One chapter of a work, with its text, notes and end notes.")
            .Produces<ChapterDto>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
