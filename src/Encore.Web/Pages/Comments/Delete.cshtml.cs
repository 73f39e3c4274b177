using Encore.Community;
using Encore.Data;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Comments;

// /comments/{id}/delete: the commenter, the work's creators (moderation) or an admin (removal). GET asks first.
[Authorize]
public sealed class DeleteModel(EncoreDb db, Commenting commenting) : PageModel
{
    public CommentView Comment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CommentThreads.FindAsync(db, id, ct) is not { Deleted: false } comment) return NotFound();
        Comment = comment;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? returnUrl, CancellationToken ct)
    {
        var result = await commenting.DeleteAsync(id, HttpContext.Reader(), ct);
        if (result.Missing) return NotFound();
        if (result.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        TempData["Notice"] = "The comment was deleted.";
        return Redirect(CommentLinks.LocalOr(returnUrl, Links.Work(result.Comment!.WorkId)) is var url && url.Contains('#') ? url : url + "#comments");
    }
}
