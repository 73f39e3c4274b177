using Encore.Community;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works;

// Everything readers do with a work, under its text: the actions (kudos, bookmark, subscribe, mark for later),
// who left kudos, and the comments on the chapters shown. A view component, so the work page needs one line.
public sealed record WorkResponsesModel(
    Work Work, IReadOnlyList<Chapter> Shown, bool EntireWork, Reader Reader, bool IsCreator, string ReturnUrl,
    IReadOnlyList<string> KudosNames, int KudosGuests, IReadOnlyList<CommentView> Comments,
    bool Subscribed, bool MarkedForLater, bool Bookmarked, IReadOnlyList<Pseud> Pseuds)
{
    public string ChapterLabel(int chapterId) => Work.Chapters.FirstOrDefault(c => c.Id == chapterId)?.Heading ?? "";
    public bool CanComment => Reader.SignedIn || Work.AllowGuestComments;
    public bool MultiChapter => Work.Chapters.Count > 1;
}

public sealed class WorkResponsesViewComponent(EncoreDb db, Subscribing subscribing, ReadingHistory history) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Work work, IReadOnlyList<Chapter> shown, bool entireWork)
    {
        var reader = HttpContext.Reader();
        var ct = HttpContext.RequestAborted;
        var userId = reader.UserId;
        var (names, guests) = await KudosGiving.GiversAsync(db, work.Id, ct);
        var comments = await CommentThreads.LoadAsync(db, work.Id, shown.Select(c => c.Id).ToList(), reader, ct);
        var model = new WorkResponsesModel(
            work, shown, entireWork, reader,
            userId != null && work.Creators.Any(c => c.Pseud?.UserId == userId),
            HttpContext.Request.Path + HttpContext.Request.QueryString,
            names, guests, comments,
            userId != null && await subscribing.IsSubscribedAsync(userId, new SubscriptionTarget(WorkId: work.Id), ct),
            userId != null && await history.IsMarkedForLaterAsync(userId, work.Id, ct),
            userId != null && await db.Bookmarks.AnyAsync(b => b.UserId == userId && b.WorkId == work.Id, ct),
            userId == null ? [] : await db.Pseuds.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).ToListAsync(ct));
        return View("~/Pages/Works/_Responses.cshtml", model);
    }
}
