using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

[Authorize]
public sealed class DeleteModel(EncoreDb db, UserManager<User> users, SignInManager<User> signIn, TimeProvider clock) : PageModel
{
    [BindProperty, DataType(DataType.Password), Display(Name = "Your password")] public string Password { get; set; } = "";
    [BindProperty, Display(Name = "Your works")] public WorksOnClose? Works { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user == null) return Challenge();
        if (Works == null) ModelState.AddModelError(nameof(Works), "Choose what happens to your works.");
        if (!await users.CheckPasswordAsync(user, Password)) ModelState.AddModelError(nameof(Password), "The password is not right.");
        if (!ModelState.IsValid) return Page();
        await AccountClosing.CloseAsync(db, user.Id, Works!.Value, clock, ct);
        await signIn.SignOutAsync();
        return Redirect("/?deleted=1");
    }
}
