using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// The response counters stored on works, always counted again from the rows rather than incremented, so they can
// never drift: kudos, visible comments, and public bookmarks (private ones are nobody else's business).
public static class WorkCounters
{
    public static Task RecountKudosAsync(this EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default) =>
        db.Works.Where(w => workIds.Contains(w.Id)).ExecuteUpdateAsync(s =>
            s.SetProperty(w => w.KudosCount, w => db.Kudos.Count(k => k.WorkId == w.Id)), ct);

    public static Task RecountCommentsAsync(this EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default) =>
        db.Works.Where(w => workIds.Contains(w.Id)).ExecuteUpdateAsync(s =>
            s.SetProperty(w => w.CommentCount, w => db.Comments.Count(c => c.WorkId == w.Id && c.DeletedAt == null)), ct);

    public static Task RecountBookmarksAsync(this EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default) =>
        db.Works.Where(w => workIds.Contains(w.Id)).ExecuteUpdateAsync(s =>
            s.SetProperty(w => w.BookmarkCount, w => db.Bookmarks.Count(b => b.WorkId == w.Id && !b.IsPrivate)), ct);
}
