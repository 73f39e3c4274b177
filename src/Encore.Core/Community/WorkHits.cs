using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// Remembers the day old hit rows were last pruned, once per running archive.
public sealed class HitPruning
{
    internal DateOnly LastPruned;
}

// A hit is one visitor (user id, or a guest's keyed address) opening a work on one UTC day; creators' own visits
// do not count. Work.Hits is the total; WorkHit rows only need to live through the day they are about.
public sealed class WorkHits(EncoreDb db, TimeProvider clock, HitPruning pruning)
{
    public async Task<bool> CountAsync(int workId, string visitorKey, IReadOnlyCollection<string> creatorIds, string? userId, CancellationToken ct = default)
    {
        if (userId != null && creatorIds.Contains(userId)) return false;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await PruneAsync(today, ct);
        if (await db.WorkHits.AnyAsync(h => h.WorkId == workId && h.Day == today && h.VisitorKey == visitorKey, ct)) return false;
        var hit = new WorkHit { WorkId = workId, Day = today, VisitorKey = visitorKey };
        db.WorkHits.Add(hit);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.Entry(hit).State = EntityState.Detached;
            return false;
        }
        await db.Works.Where(w => w.Id == workId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Hits, w => w.Hits + 1), ct);
        return true;
    }

    // Once a day: rows from before yesterday can no longer stop a repeat hit (yesterday's stay for a margin).
    private async Task PruneAsync(DateOnly today, CancellationToken ct)
    {
        if (pruning.LastPruned == today) return;
        pruning.LastPruned = today;
        var before = today.AddDays(-1);
        await db.WorkHits.Where(h => h.Day < before).ExecuteDeleteAsync(ct);
    }
}
