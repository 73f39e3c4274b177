using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works.Chapters;

// /works/{id}/chapters/new: adds a chapter at the end, with the work's expected chapter count ("2/?", "2/3").
[Authorize]
public sealed class NewModel(EncoreDb database, CreatorPosting posting) : ChapterFormPage(database)
{
    public override bool AsksExpectedChapters => true;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await OpenAsync(id, ct) is { } refusal) return refusal;
        var expected = await Db.Works.Where(w => w.Id == id).Select(w => w.ExpectedChapters).FirstAsync(ct);
        // A work that was complete grows by one; an open one keeps its "?" or its plan.
        Input.ExpectedChapters = expected == null ? null : Math.Max(expected.Value, ChapterCount + 1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await OpenAsync(id, ct) is { } refusal) return refusal;
        try
        {
            var chapter = await posting.AddChapterAsync(id, Input.ToNewChapter(), Input.ExpectedChapters, ct);
            return chapter == null ? NotFound() : Redirect(Links.Chapter(id, chapter.Id));
        }
        catch (WorkRejectedException e)
        {
            return Rejected(e);
        }
    }
}
