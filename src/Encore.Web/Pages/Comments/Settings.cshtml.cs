using Encore.Data;
using Encore.Web.Pages.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Comments;

// /works/{id}/comments/settings: a work's accepted creators choose whether guests may comment (CreatorOnly rules).
[Authorize]
public sealed class SettingsModel(EncoreDb db) : PageModel
{
    [BindProperty] public bool AllowGuestComments { get; set; }
    public string Title { get; private set; } = "";
    public int WorkId { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var allow = AllowGuestComments;
        if (await LoadAsync(id, ct) is { } refused) return refused;
        await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.AllowGuestComments, allow), ct);
        AllowGuestComments = allow;
        Saved = true;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        var work = await db.Works.AsNoTracking().FirstAsync(w => w.Id == id, ct);
        Title = work.Title;
        WorkId = work.Id;
        AllowGuestComments = work.AllowGuestComments;
        return null;
    }
}
