using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

// The saved tag blocklist. The Block button on tag pages posts here too.
[Authorize]
public sealed class BlocklistModel(EncoreDb db, TimeProvider clock) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "Tag to block")] public string? Name { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public IReadOnlyList<Tag> Blocked { get; private set; } = [];
    public int Max => TagBlocklist.MaxEntries;

    private string UserId => HttpContext.Reader().UserId!;

    public async Task OnGetAsync(CancellationToken ct) => Blocked = await TagBlocklist.ListAsync(db, UserId, ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var result = await TagBlocklist.AddAsync(db, UserId, Input.Name, clock, ct);
        if (result.Problem != null)
        {
            ModelState.AddModelError("Input.Name", result.Problem);
            Blocked = await TagBlocklist.ListAsync(db, UserId, ct);
            return Page();
        }
        TempData["Message"] = $"\"{result.Tag!.Name}\" is on your blocklist: works with it are hidden from you everywhere.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int tagId, CancellationToken ct)
    {
        if (await TagBlocklist.RemoveAsync(db, UserId, tagId, ct) > 0) TempData["Message"] = "The tag is off your blocklist.";
        return RedirectToPage();
    }
}
