using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

// Muting a user hides their works (VisibleTo) and comments (CommentQueries) from the reader, everywhere.
public static class Muting
{
    public static async Task<string?> MuteAsync(EncoreDb db, string userId, string? userName, TimeProvider clock, CancellationToken ct = default)
    {
        var normalized = userName?.Trim().ToUpperInvariant() ?? "";
        var muted = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (muted == null) return $"There is no user called \"{userName}\".";
        if (muted.Id == userId) return "You cannot mute yourself.";
        if (await db.Mutes.AnyAsync(m => m.UserId == userId && m.MutedUserId == muted.Id, ct)) return null;
        db.Mutes.Add(new Mute { UserId = userId, MutedUserId = muted.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static Task<int> UnmuteAsync(EncoreDb db, string userId, string mutedUserId, CancellationToken ct = default) =>
        db.Mutes.Where(m => m.UserId == userId && m.MutedUserId == mutedUserId).ExecuteDeleteAsync(ct);

    public static Task<List<User>> ListAsync(EncoreDb db, string userId, CancellationToken ct = default) =>
        db.Mutes.Where(m => m.UserId == userId).Select(m => m.MutedUser).OrderBy(u => u.UserName).AsNoTracking().ToListAsync(ct);
}
