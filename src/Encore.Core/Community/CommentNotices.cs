using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// Who hears of a new comment: the work's creators, and the commenter replied to; never the one who wrote it.
internal static class CommentNotices
{
    public static async Task SendAsync(EncoreDb db, Comment comment, Comment? parent, string? writerId, CancellationToken ct)
    {
        var creators = await db.Creatorships.Where(c => c.WorkId == comment.WorkId && c.Pseud != null && !c.IsPending)
            .Select(c => c.Pseud!.UserId).Distinct().ToListAsync(ct);
        var recipients = creators.Append(parent?.Pseud?.UserId).OfType<string>().Where(id => id != writerId).Distinct();
        foreach (var userId in recipients)
            db.Inbox.Add(new InboxItem
            {
                UserId = userId, Kind = InboxKind.Comment, WorkId = comment.WorkId, ChapterId = comment.ChapterId,
                CommentId = comment.Id, CreatedAt = comment.CreatedAt,
            });
        await db.SaveChangesAsync(ct);
    }
}
