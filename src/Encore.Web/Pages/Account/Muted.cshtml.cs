using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

// Muted users: their works and comments are hidden from the reader. The Mute/Unmute button on user pages posts
// here and goes back to that page.
[Authorize]
public sealed class MutedModel(EncoreDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<User> Muted { get; private set; } = [];

    private string UserId => HttpContext.Reader().UserId!;

    public async Task OnGetAsync(CancellationToken ct) => Muted = await Muting.ListAsync(db, UserId, ct);

    public async Task<IActionResult> OnPostMuteAsync(string userName, CancellationToken ct)
    {
        if (await Muting.MuteAsync(db, UserId, userName, clock, ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
            Muted = await Muting.ListAsync(db, UserId, ct);
            return Page();
        }
        return Redirect(Links.User(userName.Trim()));
    }

    public async Task<IActionResult> OnPostUnmuteAsync(string userId, string? back, CancellationToken ct)
    {
        await Muting.UnmuteAsync(db, UserId, userId, ct);
        // Back to the user page the button was on; only local addresses, never an open redirect.
        return back != null && Url.IsLocalUrl(back) ? LocalRedirect(back) : RedirectToPage();
    }
}
