using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// A signed-in reader's history and "Marked for Later" share one row per work. A row with no visits is only marked
// for later; clearing the history keeps what is marked for later (as a row without visits).
public sealed class ReadingHistory(EncoreDb db, TimeProvider clock)
{
    public async Task RecordAsync(string userId, int workId, int? chapterId, CancellationToken ct = default)
    {
        var reading = await FindOrAddAsync(userId, workId, ct);
        reading.Visits++;
        reading.LastChapterId = chapterId;
        reading.LastReadAt = clock.GetUtcNow().UtcDateTime;
        await SaveAsync(reading, ct);
    }

    public async Task MarkForLaterAsync(string userId, int workId, bool marked, CancellationToken ct = default)
    {
        var reading = await FindOrAddAsync(userId, workId, ct);
        reading.MarkedForLater = marked;
        if (reading.Id == 0) reading.LastReadAt = clock.GetUtcNow().UtcDateTime;
        await SaveAsync(reading, ct);
    }

    public Task<bool> IsMarkedForLaterAsync(string userId, int workId, CancellationToken ct = default) =>
        db.Readings.AnyAsync(r => r.UserId == userId && r.WorkId == workId && r.MarkedForLater, ct);

    public async Task ForgetAsync(string userId, int? workId, CancellationToken ct = default)
    {
        var rows = db.Readings.Where(r => r.UserId == userId && (workId == null || r.WorkId == workId));
        await rows.Where(r => !r.MarkedForLater).ExecuteDeleteAsync(ct);
        await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.Visits, 0).SetProperty(r => r.LastChapterId, (int?)null), ct);
    }

    private async Task<Reading> FindOrAddAsync(string userId, int workId, CancellationToken ct) =>
        await db.Readings.FirstOrDefaultAsync(r => r.UserId == userId && r.WorkId == workId, ct)
        ?? db.Readings.Add(new Reading { UserId = userId, WorkId = workId }).Entity;

    // Two tabs opening the same work at once: the other one's row stands, this visit is not worth an error page.
    private async Task SaveAsync(Reading reading, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { db.Entry(reading).State = EntityState.Detached; }
    }
}
