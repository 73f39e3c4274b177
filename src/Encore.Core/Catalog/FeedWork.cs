using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Catalog;

// A work as feeds and catalogs carry it: the list blurb, plus what an entry needs that a list row does not (the first
// publication date, and the chapters to link to).
public sealed record FeedWork(WorkBlurb Blurb, DateTime PublishedAt, IReadOnlyList<ChapterRef> Chapters)
{
    public int Id => Blurb.Id;

    // `page` is already filtered, ordered and cut to one page; the entries come back in its order.
    public static async Task<List<FeedWork>> LoadAsync(EncoreDb db, IQueryable<Work> page, CancellationToken ct = default)
    {
        var blurbs = await WorkBlurb.LoadAsync(db, page, ct);
        return await LoadAsync(db, blurbs, ct);
    }

    // The entries for blurbs already read (from the search index's blurb cache), in their order.
    public static async Task<List<FeedWork>> LoadAsync(EncoreDb db, IReadOnlyList<WorkBlurb> blurbs, CancellationToken ct = default)
    {
        if (blurbs.Count == 0) return [];
        var ids = blurbs.Select(b => b.Id).ToList();
        var published = await db.Works.Where(w => ids.Contains(w.Id)).Select(w => new { w.Id, w.PublishedAt }).ToDictionaryAsync(w => w.Id, w => w.PublishedAt, ct);
        var chapters = (await db.Chapters.Where(c => ids.Contains(c.WorkId)).OrderBy(c => c.Position)
                .Select(c => new { c.WorkId, c.Id, c.Position, c.Title }).ToListAsync(ct))
            .ToLookup(c => c.WorkId, c => new ChapterRef(c.Id, c.Position, c.Title));
        return blurbs.Select(b => new FeedWork(b, published[b.Id], chapters[b.Id].ToList())).ToList();
    }
}

public sealed record ChapterRef(int Id, int Position, string? Title)
{
    public string Heading => string.IsNullOrWhiteSpace(Title) ? $"Chapter {Position}" : $"Chapter {Position}: {Title}";
}
