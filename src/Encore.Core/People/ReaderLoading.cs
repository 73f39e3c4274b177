using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

// Builds the Reader for a signed-in user: their mutes, blocklist and settings. The cookie sign-in (ReaderLoader) and
// personal access tokens (AccessTokens) both come here, so a reader sees the same archive however they arrive.
public static class ReaderLoading
{
    public static async Task<Reader> LoadAsync(EncoreDb db, string userId, bool isAdmin, CancellationToken ct = default)
    {
        // Every signed-in page pays for this, so the user's row and their unread count come in one query.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Settings, Unread = db.Inbox.Count(i => i.UserId == u.Id && i.ReadAt == null) }).FirstOrDefaultAsync(ct);
        var settings = user?.Settings ?? new ReaderSettings();
        var muted = await db.Mutes.Where(m => m.UserId == userId).Select(m => m.MutedUserId).ToListAsync(ct);
        var blocked = await db.BlockedTags.Where(b => b.UserId == userId).Select(b => new { b.TagId, b.Tag.Name }).ToListAsync(ct);
        var blockedIds = blocked.Select(b => b.TagId).ToList();
        return new Reader(userId, isAdmin)
        {
            UnreadInbox = user?.Unread ?? 0,
            MutedUserIds = muted,
            BlockedTagIds = blockedIds,
            BlockedFamilyIds = await TagFamily.BlockedAsync(db, blockedIds, ct),
            BlockedTagNames = blocked.Select(b => b.Name).ToList(),
            BlockSuggestedTags = settings.BlockSuggestedTags,
            Settings = settings,
        };
    }

    // The cookie carries the roles; a token sign-in reads them.
    public static Task<bool> IsAdminAsync(EncoreDb db, string userId, CancellationToken ct = default) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == UserAccounts.AdminRole), ct);
}
