using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works.Chapters;

// What the add- and edit-chapter pages share: the form, the work it belongs to, and problems shown by their fields.
public abstract class ChapterFormPage(EncoreDb db) : PageModel
{
    [BindProperty] public ChapterInput Input { get; set; } = new();
    public int WorkId { get; private set; }
    public string WorkTitle { get; private set; } = "";
    public int ChapterCount { get; private set; }
    public virtual bool AsksExpectedChapters => false;

    protected EncoreDb Db => db;

    // Null when the reader may edit the work (and its title and chapter count are loaded); otherwise the refusal.
    protected async Task<IActionResult?> OpenAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        var work = await db.Works.Where(w => w.Id == id).Select(w => new { w.Title, Count = w.Chapters.Count }).FirstAsync(ct);
        (WorkId, WorkTitle, ChapterCount) = (id, work.Title, work.Count);
        return null;
    }

    protected IActionResult Rejected(WorkRejectedException e)
    {
        foreach (var p in e.Problems) ModelState.AddModelError(ChapterInput.KeyOf(p.Field), p.Message);
        return Page();
    }
}
