using Encore.Community;
using Encore.Data;
using Encore.Web.Accounts;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Comments;

// /comments/{id}/edit: a signed-in commenter changes their own comment's text; anyone else is refused (403).
[Authorize, EnableRateLimiting(RateLimits.Responses)]
public sealed class EditModel(EncoreDb db, Commenting commenting) : PageModel
{
    [BindProperty] public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var comment = await db.Comments.Include(c => c.Pseud).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, ct);
        if (comment == null) return NotFound();
        if (comment.Pseud?.UserId != HttpContext.Reader().UserId) return StatusCode(StatusCodes.Status403Forbidden);
        // The stored HTML is what the commenter edits: it passes the sanitizer again on saving.
        Text = comment.Content;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await commenting.EditAsync(id, Text ?? "", HttpContext.Reader(), ct);
        if (result.Missing) return NotFound();
        if (result.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        if (result.Succeeded) return Redirect(CommentLinks.OnChapter(db, result.Comment!));
        ModelState.AddModelError(nameof(Text), result.Error!);
        return Page();
    }
}
