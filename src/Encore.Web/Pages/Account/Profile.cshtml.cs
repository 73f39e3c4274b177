using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Account;

// The profile text shown on the user's page.
[Authorize]
public sealed class ProfileModel(EncoreDb db) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "About you")] public string? Text { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public int Max => Profiles.MaxLength;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = HttpContext.Reader().UserId;
        Input.Text = await db.Users.Where(u => u.Id == id).Select(u => u.Profile).FirstOrDefaultAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await Profiles.SaveAsync(db, HttpContext.Reader().UserId!, Input.Text, ct) is { } problem)
        {
            ModelState.AddModelError("Input.Text", problem);
            return Page();
        }
        return Redirect(Links.User(User.Identity!.Name!));
    }
}
