using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Api;

// Posting through the API (write tokens only, see ApiV1): a work with its chapters, a chapter added to one's own
// work, and a raw post imported (ImportEndpoint). The same services as the posting pages, the same rules checked
// before anything is written, so a refused request leaves nothing behind.
public static class PostingEndpoints
{
    public static RouteGroupBuilder MapPosting(this RouteGroupBuilder writes)
    {
        writes.MapPost("/works", PostWorkAsync)
            .WithName("PostWork").WithSummary("Posts a work (or saves it as a draft) with its chapters, as the token's owner.")
            .Accepts<WorkInput>("application/json").Produces<WorkDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        writes.MapPost("/works/{id:int}/chapters", AddChapterAsync)
            .WithName("AddChapter").WithSummary("Adds a chapter at the end of one of your works.")
            .Accepts<ChapterInput>("application/json").Produces<ChapterDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapImport();
        return writes;
    }

    private static async Task<IResult> PostWorkAsync(HttpContext http, EncoreDb db, CreatorPosting posting, WorkInput input, CancellationToken ct)
    {
        var reader = http.Reader();
        var problems = new List<(string Field, string Message)>();
        var pseudIds = await PseudIdsAsync(db, reader.UserId!, input.Pseuds, problems, ct);
        var work = input.ToNewWork(pseudIds);
        problems.AddRange(WorkRules.CheckDetails(work).Select(p => (ApiFields.Of(p.Field), p.Message)));
        problems.AddRange(WorkRules.CheckChapterCount(work.Chapters.Count, work.ExpectedChapters).Select(p => (ApiFields.Of(p.Field), p.Message)));
        for (var i = 0; i < work.Chapters.Count; i++)
        {
            problems.AddRange(WorkRules.CheckChapter(work.Chapters[i], i + 1).Select(p => (ApiFields.Of(p.Field, $"chapters[{i}]."), p.Message)));
            problems.AddRange(input.Chapters![i]?.FormatProblem($"chapters[{i}].") ?? []);
        }
        if (problems.Count > 0) return ApiProblems.Validation(problems);
        try
        {
            var posted = await posting.PostAsync(reader.UserId!, work, input.CoCreators ?? [], ct);
            return await CreatedAsync(http, db, posted.Id, ct);
        }
        catch (WorkRejectedException e)
        {
            return ApiProblems.Validation(e.Problems.Select(p => (ApiFields.Of(p.Field), p.Message)));
        }
    }

    private static async Task<IResult> AddChapterAsync(HttpContext http, EncoreDb db, CreatorPosting posting, int id, ChapterInput input, CancellationToken ct)
    {
        if (await ApiAccess.RefuseUnlessCreatorAsync(db, http.Reader(), id, ct) is { } refusal) return refusal;
        var work = await db.Works.Where(w => w.Id == id).Select(w => new { w.ExpectedChapters, w.ChapterCount }).FirstAsync(ct);
        // As the chapter form proposes: a planned count stays (one more if the work was complete); "?" stays "?".
        var expected = input.ExpectedChapters ?? (work.ExpectedChapters is { } planned ? Math.Max(planned, work.ChapterCount + 1) : null);
        var chapter = input.ToNewChapter();
        var problems = WorkRules.CheckChapter(chapter, work.ChapterCount + 1).Select(p => (ApiFields.Of(p.Field, ""), p.Message))
            .Concat(input.FormatProblem("")).ToList();
        if (problems.Count > 0) return ApiProblems.Validation(problems);
        try
        {
            var added = await posting.AddChapterAsync(id, chapter, expected, ct);
            if (added == null) return ApiProblems.NotFound();
            return TypedResults.Created($"{WorkLists.Origin(http)}/api/v1/works/{id}/chapters/{added.Id}", ChapterDto.From(added));
        }
        catch (WorkRejectedException e)
        {
            return ApiProblems.Validation(e.Problems.Select(p => (ApiFields.Of(p.Field, ""), p.Message)));
        }
    }

    internal static async Task<IResult> CreatedAsync(HttpContext http, EncoreDb db, int workId, CancellationToken ct, Func<WorkDto, object>? wrap = null)
    {
        var origin = WorkLists.Origin(http);
        var work = WorkDto.From((await WorkReading.LoadAsync(db, workId, http.Reader(), ct))!, origin);
        return TypedResults.Created($"{origin}/api/v1/works/{workId}", wrap == null ? work : wrap(work));
    }

    // The pseuds named (by name, among the poster's own), or the default pseud when none are named.
    internal static async Task<List<int>> PseudIdsAsync(EncoreDb db, string userId, IReadOnlyList<string>? names, List<(string, string)> problems,
        CancellationToken ct)
    {
        var own = await db.Pseuds.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var wanted = (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
        if (wanted.Count == 0) return [own[0].Id];
        var ids = new List<int>();
        foreach (var name in wanted)
        {
            if (own.FirstOrDefault(p => p.Name == name) is { } pseud) ids.Add(pseud.Id);
            else problems.Add(("pseuds", $"You have no pseud called \"{name}\"."));
        }
        return ids;
    }
}

// Rules' field names (WorkRules, CoCreators, posting) as the request's JSON names them.
public static class ApiFields
{
    public static string Of(string field, string chapterPrefix = "chapters.") => field switch
    {
        "Content" => chapterPrefix + "content",
        "ChapterTitle" => chapterPrefix + "title",
        "ChapterSummary" => chapterPrefix + "summary",
        "ChapterNotes" => chapterPrefix + "notes",
        "ChapterEndNotes" => chapterPrefix + "endNotes",
        "Position" => "position",
        "PseudIds" or "PseudId" => "pseuds",
        "Additional Tags" => "additionalTags",
        "SeriesTitle" => "series",
        _ => char.ToLowerInvariant(field[0]) + field[1..].Replace(" ", ""),
    };
}
