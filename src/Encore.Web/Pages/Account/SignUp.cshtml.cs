using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Encore.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class SignUpModel(EncoreDb db, UserManager<User> users, EmailLinks email, TimeProvider clock) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "User name")] public string UserName { get; set; } = "";
        [Display(Name = "Email")] public string Email { get; set; } = "";
        [DataType(DataType.Password)] public string Password { get; set; } = "";
        [DataType(DataType.Password), Display(Name = "Confirm password")] public string ConfirmPassword { get; set; } = "";
        [Display(Name = "I am at least 13 years old and accept the archive's terms")] public bool Accept { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public string? ConfirmationLink { get; private set; }
    public bool Done { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Password != Input.ConfirmPassword) ModelState.AddModelError("Input.ConfirmPassword", "The two passwords are not the same.");
        if (!Input.Accept) ModelState.AddModelError("Input.Accept", "You need to confirm your age and accept the terms to join.");
        if (!ModelState.IsValid) return Page();

        var result = await UserAccounts.CreateAsync(db, users, Input.UserName, Input.Email, Input.Password, clock, ct: ct);
        if (!result.Succeeded)
        {
            foreach (var p in result.Problems) ModelState.AddModelError($"Input.{p.Field}", p.Message);
            return Page();
        }
        var code = await users.GenerateEmailConfirmationTokenAsync(result.User!);
        var link = Url.Page("/Account/Confirm", null, new { userId = result.User!.Id, code }, Request.Scheme, Request.Host.Value)!;
        email.Send(result.User.Email!, "confirm your Encore account", link);
        if (email.ShowOnScreen) ConfirmationLink = link;
        Done = true;
        return Page();
    }
}
