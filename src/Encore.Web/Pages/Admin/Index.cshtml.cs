using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Admin;

// What admins look after: the works they have hidden, with the reasons.
public sealed class IndexModel(EncoreDb db) : PageModel
{
    public IReadOnlyList<Work> Hidden { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var reader = HttpContext.Reader();
        if (!reader.SignedIn) return Challenge();
        if (!reader.IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        Hidden = await db.Works.AsNoTracking().Where(w => w.HiddenReason != null).OrderBy(w => w.Title).ToListAsync(ct);
        return Page();
    }
}
