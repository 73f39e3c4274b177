using Encore.Community;
using Encore.Data;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Readings;

// /account/history: works the reader opened, newest first; forget one, or all (what is marked for later stays marked).
[Authorize]
public sealed class HistoryModel(EncoreDb db, ReadingHistory history) : PageModel
{
    public ReadingListModel List { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default) =>
        List = await ReadingList.LoadAsync(db, HttpContext.Reader(), later: false, page, "/account/history", ct);

    public async Task<IActionResult> OnPostDeleteAsync(int workId, CancellationToken ct)
    {
        await history.ForgetAsync(HttpContext.Reader().UserId!, workId, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostClearAsync(CancellationToken ct)
    {
        await history.ForgetAsync(HttpContext.Reader().UserId!, null, ct);
        return RedirectToPage();
    }
}
