using System.Security.Claims;
using Encore.Data;
using Encore.People;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Accounts;

// Works out who is reading, once per request: a guest, or a user with their mutes, blocklist and settings.
public static class ReaderLoader
{
    private const string Key = "encore.reader";

    public static Reader Reader(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var r) && r is Reader reader ? reader : People.Reader.Guest;

    public static IApplicationBuilder UseReader(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var db = context.RequestServices.GetRequiredService<EncoreDb>();
            context.Items[Key] = await LoadAsync(db, userId, context.User.IsInRole(UserAccounts.AdminRole), context.RequestAborted);
        }
        await next(context);
    });

    public static async Task<Reader> LoadAsync(EncoreDb db, string userId, bool isAdmin, CancellationToken ct)
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
}
