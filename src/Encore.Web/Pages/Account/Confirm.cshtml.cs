using Encore.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

public sealed class ConfirmModel(UserManager<User> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (userId == null || code == null) return;
        var user = await users.FindByIdAsync(userId);
        Confirmed = user != null && (await users.ConfirmEmailAsync(user, code)).Succeeded;
    }
}
