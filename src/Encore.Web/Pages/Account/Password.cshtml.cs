using System.ComponentModel.DataAnnotations;
using Encore.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

[Authorize]
public sealed class PasswordModel(UserManager<User> users, SignInManager<User> signIn) : PageModel
{
    public sealed class Form
    {
        [DataType(DataType.Password), Display(Name = "Current password")] public string Current { get; set; } = "";
        [DataType(DataType.Password), Display(Name = "New password")] public string New { get; set; } = "";
        [DataType(DataType.Password), Display(Name = "Confirm new password")] public string Confirm { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.New != Input.Confirm) ModelState.AddModelError("Input.Confirm", "The two new passwords are not the same.");
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user == null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? "Input.Current" : "Input.New",
                    e.Code == "PasswordMismatch" ? "The current password is not right." : e.Description);
            return Page();
        }
        // A new security stamp signs out every other session; this one is signed in again.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
