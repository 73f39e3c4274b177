using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// A change to rows the feed's triggers do not watch (gifts, series links) still changes what a work's blurb shows.
// Writing the work's own row to itself fires its trigger in the same transaction, so every node forgets the blurb.
public static class FeedAnnouncement
{
    public static void Announce(EncoreDb db, Work work)
    {
        var entry = db.Entry(work);
        if (entry.State is EntityState.Unchanged or EntityState.Modified) entry.Property(w => w.UpdatedAt).IsModified = true;
    }

    public static Task<int> AnnounceAsync(IQueryable<Work> works, CancellationToken ct = default) =>
        works.ExecuteUpdateAsync(s => s.SetProperty(w => w.UpdatedAt, w => w.UpdatedAt), ct);
}
