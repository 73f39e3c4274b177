using Encore.Community;
using Encore.Web.Accounts;
using Encore.Web.Community;
using Encore.Web.Hosting;
using Encore.Web.Pages.Comments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Encore.Web.Pages.Kudos;

// POST /works/{id}/kudos from the work page's button; the answer ("Thank you", "already left kudos") shows there.
[EnableRateLimiting(RateLimits.Responses)]
public sealed class LeaveModel(KudosGiving kudos) : PageModel
{
    public IActionResult OnGet(int id) => Redirect(Links.Work(id));

    public async Task<IActionResult> OnPostAsync(int id, string? returnUrl, CancellationToken ct)
    {
        var result = await kudos.LeaveAsync(id, HttpContext.Reader(), HttpContext.GuestKey(), ct);
        if (result == KudosResult.NotFound) return NotFound();
        TempData["Notice"] = KudosGiving.Message(result);
        return Redirect(CommentLinks.LocalOr(returnUrl, Links.Work(id)).Split('#')[0] + "#kudos");
    }
}
