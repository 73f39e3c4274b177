using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

// /account/invitations: works someone invited this user to co-create. Accepting puts them in the byline (and lets
// them edit); declining removes the invitation.
[Authorize]
public sealed class InvitationsModel(EncoreDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Invitation> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Pending = await CoCreators.PendingAsync(db, HttpContext.Reader().UserId!, ct);

    public async Task<IActionResult> OnPostAsync(int creatorshipId, string? answer, CancellationToken ct)
    {
        if (answer is not ("accept" or "decline")) return BadRequest();
        if (!await CoCreators.AnswerAsync(db, HttpContext.Reader().UserId!, creatorshipId, answer == "accept", clock, ct)) return NotFound();
        return Redirect("/account/invitations");
    }
}
