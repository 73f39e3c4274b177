using System.ComponentModel.DataAnnotations;
using Encore.People;
using Encore.Web.Accounts;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Encore.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class ForgotModel(UserManager<User> users, EmailLinks email) : PageModel
{
    [BindProperty, Display(Name = "Email")] public string Email { get; set; } = "";
    public bool Sent { get; private set; }
    public string? ResetLink { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // The answer is the same whether or not the address has an account.
        Sent = true;
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user == null) return Page();
        var code = await users.GeneratePasswordResetTokenAsync(user);
        var link = Url.Page("/Account/Reset", null, new { userId = user.Id, code }, Request.Scheme, Request.Host.Value)!;
        email.Send(user.Email!, "reset your Encore password", link);
        if (email.ShowOnScreen) ResetLink = link;
        return Page();
    }
}
