using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Catalog;

// The sets of works a feed or catalog page lists, each already limited to what the reader may see: the same rules
// as the HTML pages, because every set starts from VisibleTo.
public static class WorkSources
{
    // A tag by the name in its URL (AO3's escapes undone), with its canonical tag loaded when it is a synonym.
    public static Task<Tag?> FindTagAsync(EncoreDb db, string urlName, CancellationToken ct = default)
    {
        var normalized = Tag.Normalize(TagUrl.Unescape(urlName));
        return db.Tags.Include(t => t.Merger).AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
    }

    // A tag's works include its synonyms' and its sub tags' (at any depth), as on the tag's works page.
    public static async Task<IQueryable<Work>> TaggedAsync(EncoreDb db, Reader reader, Tag tag, CancellationToken ct = default) =>
        db.Works.VisibleTo(reader).TaggedWith(await TagFamily.LoadAsync(db, tag.Id, ct));

    public static Task<User?> FindUserAsync(EncoreDb db, string userName, CancellationToken ct = default) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct);

    // A user's works, or one pseud's. An invitation not yet accepted does not make someone a work's creator.
    public static IQueryable<Work> ByUser(EncoreDb db, Reader reader, string userId, string? pseud = null) =>
        db.Works.VisibleTo(reader).Where(w => w.Creators.Any(c =>
            !c.IsPending && c.Pseud != null && c.Pseud.UserId == userId && (pseud == null || c.Pseud.Name == pseud)));

    // An imported work's author, known only by the name the post stated.
    public static IQueryable<Work> ByAuthor(EncoreDb db, Reader reader, string name) =>
        db.Works.VisibleTo(reader).Where(w => w.Creators.Any(c => c.ExternalName == name));

    public static IQueryable<Work> InSeries(EncoreDb db, Reader reader, int seriesId) =>
        db.Works.VisibleTo(reader).Where(w => w.SeriesLinks.Any(l => l.SeriesId == seriesId));
}
