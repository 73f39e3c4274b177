using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works.Chapters;

// /works/{id}/chapters/{chapterId}/edit: edit one chapter, or delete it (never a work's only chapter).
[Authorize]
public sealed class EditModel(EncoreDb database, CreatorPosting posting) : ChapterFormPage(database)
{
    public int ChapterId { get; private set; }
    public int Position { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int chapterId, CancellationToken ct)
    {
        if (await OpenChapterAsync(id, chapterId, ct) is { } refusal) return refusal;
        Input = ChapterInput.From(await Db.Chapters.FirstAsync(c => c.Id == chapterId, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int chapterId, CancellationToken ct)
    {
        if (await OpenChapterAsync(id, chapterId, ct) is { } refusal) return refusal;
        try
        {
            await (await posting.ChapterEditingAsync(ct)).EditAsync(id, chapterId, Input.ToNewChapter(), ct);
            return Redirect(ChapterCount == 1 ? Links.Work(id) : Links.Chapter(id, chapterId));
        }
        catch (WorkRejectedException e)
        {
            return Rejected(e);
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int chapterId, CancellationToken ct)
    {
        if (await OpenChapterAsync(id, chapterId, ct) is { } refusal) return refusal;
        try
        {
            await (await posting.ChapterEditingAsync(ct)).DeleteAsync(id, chapterId, ct);
            return Redirect($"{Links.Work(id)}/edit#chapters-heading");
        }
        catch (WorkRejectedException e)
        {
            Input = ChapterInput.From(await Db.Chapters.AsNoTracking().FirstAsync(c => c.Id == chapterId, ct));
            ModelState.Clear();
            return Rejected(e);
        }
    }

    private async Task<IActionResult?> OpenChapterAsync(int id, int chapterId, CancellationToken ct)
    {
        if (await OpenAsync(id, ct) is { } refusal) return refusal;
        var position = await Db.Chapters.Where(c => c.Id == chapterId && c.WorkId == id).Select(c => (int?)c.Position).FirstOrDefaultAsync(ct);
        if (position == null) return NotFound();
        (ChapterId, Position) = (chapterId, position.Value);
        return null;
    }
}
