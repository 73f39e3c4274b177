using Encore.Community;
using Encore.Data;
using Encore.Works;
using Encore.Web.Accounts;
using Encore.Web.Pages.Comments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Subscriptions;

// /account/subscriptions: what the reader follows, each with an unsubscribe button. The subscribe buttons on work,
// series and user pages post here too (with the page to go back to).
[Authorize]
public sealed class IndexModel(EncoreDb db, Subscribing subscribing) : PageModel
{
    public sealed record Row(string Kind, string Name, string Url, int? WorkId, int? SeriesId, string? CreatorName);
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = HttpContext.Reader().UserId!;
        var visible = db.Works.VisibleTo(HttpContext.Reader());
        var subs = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt)
            .Select(s => new
            {
                s.WorkId, WorkTitle = visible.Where(w => w.Id == s.WorkId).Select(w => w.Title).FirstOrDefault(),
                s.SeriesId, SeriesTitle = s.Series != null ? s.Series.Title : null, CreatorName = s.Creator != null ? s.Creator.UserName : null,
            }).ToListAsync(ct);
        Rows = subs.Select(s =>
            s.WorkId is { } w ? new Row("Work", s.WorkTitle ?? "(a work you cannot see now)", Links.Work(w), w, null, null)
            : s.SeriesId is { } sid ? new Row("Series", s.SeriesTitle!, Links.Series(sid), null, sid, null)
            : new Row("Creator", s.CreatorName!, Links.User(s.CreatorName!), null, null, s.CreatorName)).ToList();
    }

    public async Task<IActionResult> OnPostSubscribeAsync(int? workId, int? seriesId, string? creatorName, string? returnUrl, CancellationToken ct) =>
        await ChangeAsync(workId, seriesId, creatorName, returnUrl, subscribe: true, ct);

    public async Task<IActionResult> OnPostUnsubscribeAsync(int? workId, int? seriesId, string? creatorName, string? returnUrl, CancellationToken ct) =>
        await ChangeAsync(workId, seriesId, creatorName, returnUrl, subscribe: false, ct);

    private async Task<IActionResult> ChangeAsync(int? workId, int? seriesId, string? creatorName, string? returnUrl, bool subscribe, CancellationToken ct)
    {
        var reader = HttpContext.Reader();
        string? creatorId = null;
        if (creatorName != null)
            creatorId = await db.Users.Where(u => u.NormalizedUserName == creatorName.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(ct);
        var exists = workId is { } w ? await db.Works.PermittedTo(reader).AnyAsync(x => x.Id == w, ct)
            : seriesId is { } s ? await db.Series.AnyAsync(x => x.Id == s, ct)
            : creatorId != null;
        if (!exists || (workId != null ? 1 : 0) + (seriesId != null ? 1 : 0) + (creatorName != null ? 1 : 0) != 1) return NotFound();
        var target = new SubscriptionTarget(workId, seriesId, creatorId);
        if (subscribe) await subscribing.SubscribeAsync(reader.UserId!, target, ct);
        else await subscribing.UnsubscribeAsync(reader.UserId!, target, ct);
        TempData["Notice"] = subscribe ? "You are now subscribed." : "You have been unsubscribed.";
        return Redirect(CommentLinks.LocalOr(returnUrl, "/account/subscriptions"));
    }
}
