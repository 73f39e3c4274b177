using Encore.Data;
using Encore.People;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// Where a work stands in one of its series, counting only the works this reader may see.
public sealed record SeriesPlace(int SeriesId, string Title, int Position, int? PreviousWorkId, int? NextWorkId);

public static class WorkReading
{
    // The whole work as a reader sees it, or null when it does not exist or the reader may not see it. The reader's
    // own mutes and blocklist do not apply here: the work page says why it would be hidden and lets them go on.
    public static Task<Work?> LoadAsync(EncoreDb db, int id, Reader reader, CancellationToken ct = default) =>
        db.Works.PermittedTo(reader)
            .Include(w => w.Chapters.OrderBy(c => c.Position))
            .Include(w => w.Creators).ThenInclude(c => c.Pseud).ThenInclude(p => p!.User)
            .Include(w => w.Tags).ThenInclude(t => t.Tag)
            .Include(w => w.Gifts)
            .Include(w => w.SeriesLinks).ThenInclude(s => s.Series)
            .AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(w => w.Id == id, ct);

    public static async Task<List<SeriesPlace>> SeriesPlacesAsync(EncoreDb db, Work work, Reader reader, CancellationToken ct = default)
    {
        var places = new List<SeriesPlace>();
        foreach (var link in work.SeriesLinks.OrderBy(l => l.SeriesId))
        {
            var ids = await db.SeriesWorks
                .Where(s => s.SeriesId == link.SeriesId && db.Works.VisibleTo(reader).Any(w => w.Id == s.WorkId))
                .OrderBy(s => s.Position).Select(s => s.WorkId).ToListAsync(ct);
            var i = ids.IndexOf(work.Id);
            places.Add(new SeriesPlace(link.SeriesId, link.Series.Title, link.Position,
                i > 0 ? ids[i - 1] : null, i >= 0 && i + 1 < ids.Count ? ids[i + 1] : null));
        }
        return places;
    }
}
