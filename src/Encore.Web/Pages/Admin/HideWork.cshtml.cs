using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Admin;

// Admins hide a work with a reason (its creators see it) and unhide it. A guest is sent to log in; anyone else
// signed in gets 403 Forbidden itself rather than a redirect, so the answer is plain to clients and tests.
public sealed class HideWorkModel(EncoreDb db) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "Reason (shown to the work's creators)")] public string? Reason { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public Work Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        Refusal() ?? (await LoadAsync(id, ct) ? Page() : NotFound());

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (Refusal() is { } refusal) return refusal;
        if (await WorkHiding.HideAsync(db, id, Input.Reason, ct) is not { } problem) return Redirect(Links.Work(id));
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.AddModelError("Input.Reason", problem);
        return Page();
    }

    public async Task<IActionResult> OnPostUnhideAsync(int id, CancellationToken ct)
    {
        if (Refusal() is { } refusal) return refusal;
        return await WorkHiding.UnhideAsync(db, id, ct) == null ? Redirect(Links.Work(id)) : NotFound();
    }

    private IActionResult? Refusal()
    {
        var reader = HttpContext.Reader();
        if (!reader.SignedIn) return Challenge();
        return reader.IsAdmin ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var work = await db.Works.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (work != null) Work = work;
        return work != null;
    }
}
