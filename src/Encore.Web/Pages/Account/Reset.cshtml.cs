using System.ComponentModel.DataAnnotations;
using Encore.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

public sealed class ResetModel(UserManager<User> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty, DataType(DataType.Password), Display(Name = "New password")] public string Password { get; set; } = "";
    [BindProperty, DataType(DataType.Password), Display(Name = "Confirm new password")] public string Confirm { get; set; } = "";
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != Confirm) ModelState.AddModelError(nameof(Confirm), "The two passwords are not the same.");
        var user = UserId == null ? null : await users.FindByIdAsync(UserId);
        if (user == null || Code == null) ModelState.AddModelError("", "This reset link does not work. Ask for a new one.");
        if (!ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user!, Code!, Password);
        foreach (var e in result.Errors)
            ModelState.AddModelError(e.Code == "InvalidToken" ? "" : nameof(Password),
                e.Code == "InvalidToken" ? "This reset link has expired or was already used. Ask for a new one." : e.Description);
        if (!result.Succeeded) return Page();
        // A reset also lifts a lockout: the person has proved they own the address.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        Done = true;
        return Page();
    }
}
