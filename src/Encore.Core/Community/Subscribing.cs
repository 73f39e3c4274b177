using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// What a subscription is to: exactly one of a work, a series or a creator (a user).
public sealed record SubscriptionTarget(int? WorkId = null, int? SeriesId = null, string? CreatorId = null)
{
    public IQueryable<Subscription> Match(IQueryable<Subscription> subs, string userId) =>
        subs.Where(s => s.UserId == userId && s.WorkId == WorkId && s.SeriesId == SeriesId && s.CreatorId == CreatorId);
}

public sealed class Subscribing(EncoreDb db, TimeProvider clock)
{
    public Task<bool> IsSubscribedAsync(string userId, SubscriptionTarget target, CancellationToken ct = default) =>
        target.Match(db.Subscriptions, userId).AnyAsync(ct);

    // Subscribing twice is one subscription; subscribing to oneself is pointless and refused (false).
    public async Task<bool> SubscribeAsync(string userId, SubscriptionTarget target, CancellationToken ct = default)
    {
        if (target.CreatorId == userId) return false;
        if (await IsSubscribedAsync(userId, target, ct)) return true;
        var sub = new Subscription
        {
            UserId = userId, WorkId = target.WorkId, SeriesId = target.SeriesId, CreatorId = target.CreatorId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Subscriptions.Add(sub);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { db.Entry(sub).State = EntityState.Detached; }
        return true;
    }

    public Task<int> UnsubscribeAsync(string userId, SubscriptionTarget target, CancellationToken ct = default) =>
        target.Match(db.Subscriptions, userId).ExecuteDeleteAsync(ct);
}
