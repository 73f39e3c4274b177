using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Catalog;

// The sets of works a feed or catalog page lists. The id lists are not limited to what the reader may see: the search
// index does that (IndexedWorkPage), by the same rules as the HTML pages; InSeries starts from VisibleTo.
public static class WorkSources
{
    // A tag by the name in its URL (AO3's escapes undone), with its canonical tag loaded when it is a synonym.
    public static Task<Tag?> FindTagAsync(EncoreDb db, string urlName, CancellationToken ct = default)
    {
        var normalized = Tag.Normalize(TagUrl.Unescape(urlName));
        return db.Tags.Include(t => t.Merger).AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
    }

    public static Task<User?> FindUserAsync(EncoreDb db, string userName, CancellationToken ct = default) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct);

    // A user's works, or one pseud's, as ids for the search index to filter (IndexedWorkPage), which applies who may
    // see what. An invitation not yet accepted does not make someone a work's creator.
    public static Task<List<int>> UserWorkIdsAsync(EncoreDb db, string userId, string? pseud = null, CancellationToken ct = default) =>
        db.Creatorships.Where(c => !c.IsPending && c.Pseud != null && c.Pseud.UserId == userId && (pseud == null || c.Pseud.Name == pseud))
            .Select(c => c.WorkId).Distinct().ToListAsync(ct);

    // An imported work's author, known only by the name the post stated.
    public static Task<List<int>> AuthorWorkIdsAsync(EncoreDb db, string name, CancellationToken ct = default) =>
        db.Creatorships.Where(c => c.ExternalName == name).Select(c => c.WorkId).Distinct().ToListAsync(ct);

    public static IQueryable<Work> InSeries(EncoreDb db, Reader reader, int seriesId) =>
        db.Works.VisibleTo(reader).Where(w => w.SeriesLinks.Any(l => l.SeriesId == seriesId));
}
