using Encore.Community;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Comments;

// /works/{id}/comments/new: the comment form on its own page (a reply, or after a mistake); the work page's form
// posts here too. Success goes back to the comment on its chapter.
[EnableRateLimiting(RateLimits.Responses)]
public sealed class NewModel(EncoreDb db, Commenting commenting) : PageModel
{
    public sealed class Form
    {
        public int ChapterId { get; set; }
        public int? ParentId { get; set; }
        public int? PseudId { get; set; }
        public string? GuestName { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public int WorkId { get; private set; }
    public string WorkTitle { get; private set; } = "";
    public CommentView? Parent { get; private set; }
    public IReadOnlyList<Pseud> Pseuds { get; private set; } = [];
    public bool GuestsAllowed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int chapter, int? parent, CancellationToken ct)
    {
        Input.ChapterId = chapter;
        Input.ParentId = parent;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await commenting.PostAsync(
            new NewComment(id, Input.ChapterId, Input.ParentId, Input.Text ?? "", Input.PseudId, Input.GuestName), HttpContext.Reader(), ct);
        if (result.Missing) return NotFound();
        if (result.Succeeded) return Redirect(CommentLinks.OnChapter(db, result.Comment!));
        ModelState.AddModelError("Input." + result.Field, result.Error!);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var reader = HttpContext.Reader();
        var work = await db.RespondableAsync(id, reader, ct);
        if (work == null || !await db.Chapters.AnyAsync(c => c.Id == Input.ChapterId && c.WorkId == id, ct)) return false;
        WorkId = work.Id;
        WorkTitle = work.Title;
        GuestsAllowed = work.AllowGuestComments;
        if (Input.ParentId is { } parentId)
        {
            Parent = await CommentThreads.FindAsync(db, parentId, ct);
            if (Parent == null || Parent.WorkId != id) return false;
        }
        if (reader.SignedIn)
            Pseuds = await db.Pseuds.AsNoTracking().Where(p => p.UserId == reader.UserId).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).ToListAsync(ct);
        return true;
    }

    public string? ErrorFor(string field) => ModelState.TryGetValue("Input." + field, out var e) ? e.Errors.FirstOrDefault()?.ErrorMessage : null;
}
