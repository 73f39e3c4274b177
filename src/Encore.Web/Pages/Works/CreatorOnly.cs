using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

// Only a work's accepted creators may change it. A work the reader may not see is answered as missing (404), so
// drafts and hidden works do not reveal that they exist; a visible work of someone else's is 403. Admins included:
// they hide works, they do not edit their text.
public static class CreatorOnly
{
    public static async Task<IActionResult?> RefuseAsync(this PageModel page, EncoreDb db, int workId, CancellationToken ct) =>
        await WorkAccess.RoleAsync(db, page.HttpContext.Reader(), workId, ct) switch
        {
            WorkRole.Creator => null,
            WorkRole.Missing => page.NotFound(),
            _ => page.StatusCode(StatusCodes.Status403Forbidden),
        };
}
