using Encore.Community;
using Encore.Data;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Inbox;

// /inbox: the signed-in user's own updates, newest first, 20 a page, unread ones marked.
[Authorize]
public sealed class IndexModel(EncoreDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, InboxKind Kind, int WorkId, string WorkTitle, int? ChapterId, string? ChapterHeading, int? CommentId, DateTime CreatedAt, bool Unread)
    {
        public string Url => CommentId is { } c ? Links.Chapter(WorkId, ChapterId!.Value) + "#comment-" + c
            : ChapterId is { } ch ? Links.Chapter(WorkId, ch) : Links.Work(WorkId);
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Unread { get; private set; }

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var items = db.Inbox.AsNoTracking().Where(i => i.UserId == HttpContext.Reader().UserId);
        Unread = await items.CountAsync(i => i.ReadAt == null, ct);
        var pages = Pager.Pages(await items.CountAsync(ct));
        page = Math.Clamp(page, 1, pages);
        Rows = await items.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Skip((page - 1) * Pager.PageSize).Take(Pager.PageSize)
            .Select(i => new Row(i.Id, i.Kind, i.WorkId, i.Work.Title, i.ChapterId,
                db.Chapters.Where(c => c.Id == i.ChapterId).Select(c => c.Title == null || c.Title == "" ? "Chapter " + c.Position : "Chapter " + c.Position + ": " + c.Title).FirstOrDefault(),
                i.CommentId, i.CreatedAt, i.ReadAt == null))
            .ToListAsync(ct);
        Pager = new Pager(page, pages, Pager.QueryUrl("/inbox"));
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Inbox.Where(i => i.UserId == HttpContext.Reader().UserId && i.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadAt, now), ct);
        return RedirectToPage();
    }
}
