using System.ComponentModel.DataAnnotations;
using Encore.People;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Encore.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class LogInModel(SignInManager<User> signIn, UserManager<User> users) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "User name or email")] public string Login { get; set; } = "";
        [DataType(DataType.Password)] public string Password { get; set; } = "";
        [Display(Name = "Remember me")] public bool RememberMe { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var login = Input.Login.Trim();
        var user = login.Contains('@') ? await users.FindByEmailAsync(login) : await users.FindByNameAsync(login);
        // One message for an unknown name and a wrong password, so the form does not tell who has an account.
        const string wrong = "The user name or password is not right.";
        if (user == null || user.PasswordHash == null)
        {
            ModelState.AddModelError("Input.Login", wrong);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        if (result.IsLockedOut)
            ModelState.AddModelError("Input.Login", "Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile.");
        else if (result.IsNotAllowed)
            ModelState.AddModelError("Input.Login", "Confirm your email address first: open the link we sent when you signed up.");
        else
            ModelState.AddModelError("Input.Login", wrong);
        return Page();
    }
}
