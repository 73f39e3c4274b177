using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// Tells subscribers about updates: a new chapter goes to the work's subscribers; a new work to the subscribers of
// its series and of its creators. Never to the creators themselves, never about drafts or works an admin hid, and
// not to subscribers who muted one of the creators. Posting calls these after saving.
public sealed class WorkUpdates(EncoreDb db, TimeProvider clock)
{
    public async Task<int> NewChapterAsync(int workId, int chapterId, CancellationToken ct = default)
    {
        if (!await db.Chapters.AnyAsync(c => c.Id == chapterId && c.WorkId == workId, ct)) return 0;
        var subscribers = db.Subscriptions.Where(s => s.WorkId == workId).Select(s => s.UserId);
        return await NotifyAsync(workId, chapterId, InboxKind.NewChapter, subscribers, ct);
    }

    public async Task<int> NewWorkAsync(int workId, CancellationToken ct = default)
    {
        var creators = db.Creatorships.Where(c => c.WorkId == workId && c.Pseud != null && !c.IsPending).Select(c => c.Pseud!.UserId);
        var series = db.SeriesWorks.Where(s => s.WorkId == workId).Select(s => s.SeriesId);
        var subscribers = db.Subscriptions
            .Where(s => (s.SeriesId != null && series.Contains(s.SeriesId.Value)) || (s.CreatorId != null && creators.Contains(s.CreatorId)))
            .Select(s => s.UserId);
        return await NotifyAsync(workId, null, InboxKind.NewWork, subscribers, ct);
    }

    private async Task<int> NotifyAsync(int workId, int? chapterId, InboxKind kind, IQueryable<string> subscribers, CancellationToken ct)
    {
        if (!await db.Works.AnyAsync(w => w.Id == workId && !w.IsDraft && w.HiddenReason == null, ct)) return 0;
        var creators = await db.CreatorUserIdsAsync(workId, ct);
        var recipients = await subscribers.Distinct()
            .Where(u => !creators.Contains(u) && !db.Mutes.Any(m => m.UserId == u && creators.Contains(m.MutedUserId)))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Inbox.AddRange(recipients.Select(u => new InboxItem { UserId = u, Kind = kind, WorkId = workId, ChapterId = chapterId, CreatedAt = now }));
        await db.SaveChangesAsync(ct);
        return recipients.Count;
    }
}
