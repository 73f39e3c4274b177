using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Account;

// The names a user posts under (PseudEditing has the rules).
[Authorize]
public sealed class PseudsModel(EncoreDb db) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "New pseud")] public string? Name { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public IReadOnlyList<Pseud> Pseuds { get; private set; } = [];
    public string UserName => User.Identity!.Name!;

    private string UserId => HttpContext.Reader().UserId!;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        await DoneAsync(await PseudEditing.AddAsync(db, UserId, Input.Name, ct), "Input.Name", $"Added the pseud \"{Input.Name?.Trim()}\".", ct);

    public async Task<IActionResult> OnPostRenameAsync(int pseudId, string? name, CancellationToken ct) =>
        await DoneAsync(await PseudEditing.RenameAsync(db, UserId, pseudId, name, ct), $"name-{pseudId}", $"Renamed the pseud to \"{name?.Trim()}\".", ct);

    public async Task<IActionResult> OnPostDefaultAsync(int pseudId, CancellationToken ct) =>
        await DoneAsync(await PseudEditing.MakeDefaultAsync(db, UserId, pseudId, ct), "", "Your default pseud is changed.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(int pseudId, CancellationToken ct) =>
        await DoneAsync(await PseudEditing.DeleteAsync(db, UserId, pseudId, ct), "", "The pseud is deleted; its works and bookmarks are now under your default pseud.", ct);

    private async Task<IActionResult> DoneAsync(string? problem, string field, string message, CancellationToken ct)
    {
        if (problem == null)
        {
            TempData["Message"] = message;
            return RedirectToPage();
        }
        ModelState.AddModelError(field, problem);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Pseuds = await db.Pseuds.AsNoTracking().Where(p => p.UserId == UserId)
            .OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).ToListAsync(ct);
}
