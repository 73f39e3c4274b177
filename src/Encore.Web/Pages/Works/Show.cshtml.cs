using Encore.Web.Accounts;
using Encore.Web.Community;
using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works;

// /works/{id} shows the first chapter (or the whole work when it has one chapter or ?view_full_work=true);
// /works/{id}/chapters/{chapterId} shows one chapter, as on AO3.
public sealed class ShowModel(EncoreDb db) : PageModel
{
    public Work Work { get; private set; } = null!;
    public WorkBlurb Meta { get; private set; } = null!;
    public IReadOnlyList<Chapter> Shown { get; private set; } = [];
    public IReadOnlyList<SeriesPlace> SeriesPlaces { get; private set; } = [];
    public IReadOnlyList<WorkSuggestion> Suggestions { get; private set; } = [];
    public HiddenReasons HiddenFromReader { get; private set; } = HiddenReasons.None;
    public bool EntireWork { get; private set; }
    public Chapter? Previous { get; private set; }
    public Chapter? Next { get; private set; }
    public bool MultiChapter => Work.Chapters.Count > 1;
    public bool ShowsLastChapter => EntireWork || Shown[^1].Position == Work.Chapters[^1].Position;
    public bool ShowsFirstChapter => EntireWork || Shown[0].Position == Work.Chapters[0].Position;

    public async Task<IActionResult> OnGetAsync(int id, int? chapterId, [FromQuery(Name = "view_full_work")] bool fullWork,
        [FromQuery(Name = "show")] int showAnyway, CancellationToken ct)
    {
        var work = await WorkReading.LoadAsync(db, id, HttpContext.Reader(), ct);
        if (work == null || work.Chapters.Count == 0) return NotFound();
        Work = work;
        Meta = WorkBlurb.From(work);
        // "Show it anyway" holds for the rest of the visit to this work (a session cookie scoped to its pages), so the
        // notice does not return on every chapter.
        var shownCookie = $"encore.shown.{id}";
        if (showAnyway == 1)
            Response.Cookies.Append(shownCookie, "1", new CookieOptions { Path = $"/works/{id}", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        else if (!Request.Cookies.ContainsKey(shownCookie))
            HiddenFromReader = await HiddenReasons.ForAsync(db, id, HttpContext.Reader(), ct);
        SeriesPlaces = await WorkReading.SeriesPlacesAsync(db, work, HttpContext.Reader(), ct);
        // Only what the creator has neither accepted (then it is a tag) nor rejected; ratings are the creator's call.
        Suggestions = await db.WorkSuggestions.AsNoTracking()
            .Where(s => s.WorkId == id && s.Status == SuggestionStatus.Suggested && s.Type != Encore.Tags.TagType.Rating)
            .OrderBy(s => s.Type).ThenByDescending(s => s.Confidence).ToListAsync(ct);

        if (chapterId is { } cid)
        {
            var index = work.Chapters.FindIndex(c => c.Id == cid);
            if (index < 0) return NotFound();
            if (work.Chapters.Count == 1) return RedirectPermanent(Links.Work(id));
            Shown = [work.Chapters[index]];
            Previous = index > 0 ? work.Chapters[index - 1] : null;
            Next = index + 1 < work.Chapters.Count ? work.Chapters[index + 1] : null;
            await HttpContext.RecordVisitAsync(work, cid);
            return Page();
        }

        EntireWork = fullWork || work.Chapters.Count == 1;
        Shown = EntireWork ? work.Chapters : [work.Chapters[0]];
        Next = EntireWork ? null : work.Chapters.ElementAtOrDefault(1);
        await HttpContext.RecordVisitAsync(work, Shown.Count == 1 ? Shown[0].Id : null);
        return Page();
    }
}
