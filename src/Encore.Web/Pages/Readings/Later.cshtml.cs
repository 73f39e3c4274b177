using Encore.Community;
using Encore.Data;
using Encore.Works;
using Encore.Web.Accounts;
using Encore.Web.Pages.Comments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Readings;

// /account/later: Marked for Later. The work page's "Mark for Later" / "Mark as Read" buttons post here.
[Authorize]
public sealed class LaterModel(EncoreDb db, ReadingHistory history) : PageModel
{
    public ReadingListModel List { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default) =>
        List = await ReadingList.LoadAsync(db, HttpContext.Reader(), later: true, page, "/account/later", ct);

    public Task<IActionResult> OnPostLaterAsync(int workId, string? returnUrl, CancellationToken ct) => MarkAsync(workId, true, returnUrl, ct);

    public Task<IActionResult> OnPostReadAsync(int workId, string? returnUrl, CancellationToken ct) => MarkAsync(workId, false, returnUrl, ct);

    private async Task<IActionResult> MarkAsync(int workId, bool later, string? returnUrl, CancellationToken ct)
    {
        if (!await db.Works.PermittedTo(HttpContext.Reader()).AnyAsync(w => w.Id == workId, ct)) return NotFound();
        await history.MarkForLaterAsync(HttpContext.Reader().UserId!, workId, later, ct);
        TempData["Notice"] = later ? "This work was added to your Marked for Later list." : "This work was removed from your Marked for Later list.";
        return Redirect(CommentLinks.LocalOr(returnUrl, "/account/later"));
    }
}
