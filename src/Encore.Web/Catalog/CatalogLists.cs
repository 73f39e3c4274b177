using Encore.Catalog;
using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Catalog;

// The acquisition feeds: lists of works, each a page of entries with paging links and, where a reader can re-sort or
// narrow the list, facets. Atom feeds are page one of the same lists, newest update first, without facets. The
// lookups take names as they appear in URLs and answer null where the HTML page would answer 404.
public sealed partial class CatalogLists(EncoreDb db, IndexHost host)
{
    public Task<CatalogFeed> WorksAsync(Reader reader, CatalogView view, bool facets = true, CancellationToken ct = default) =>
        ListAsync(new("works", view.Sort == FeedSort.Kudos ? "Works with the most kudos" : "Recently updated works", "/works", Links.WorksFeed),
            reader, new WorkQuery(), view, CatalogPaths.Works, facets, ct);

    public Task<CatalogFeed> SearchAsync(Reader reader, string query, CatalogView view, CancellationToken ct = default) =>
        ListAsync(new($"search?query={Uri.EscapeDataString(query)}", $"Search: {query}", null, null),
            reader, new WorkQuery { Text = query }, view, v => CatalogPaths.Search(query, v), facets: true, ct);

    // A synonym has no list of its own: the caller redirects to its canonical tag (SynonymOf).
    public async Task<(CatalogFeed? Feed, string? SynonymOf)> TagAsync(Reader reader, string urlName, CatalogView view, bool facets = true,
        CancellationToken ct = default)
    {
        var tag = await WorkSources.FindTagAsync(db, urlName, ct);
        if (tag == null) return (null, null);
        if (tag.Merger is { } canonical) return (null, canonical.Name);
        return (await ListAsync(new($"tags/{TagUrl.Escape(tag.Name)}", $"Works in {tag.Name}", Links.TagWorks(tag.Name), Links.TagFeed(tag.Name)),
            reader, new WorkQuery { IncludeTagIds = [tag.Id] }, view, v => CatalogPaths.Tag(tag.Name, v), facets, ct), null);
    }

    public async Task<CatalogFeed?> UserAsync(Reader reader, string userName, string? pseud, CatalogView view, bool facets = true,
        CancellationToken ct = default)
    {
        var user = await WorkSources.FindUserAsync(db, userName, ct);
        if (user == null) return null;
        if (pseud != null && !await db.Pseuds.AnyAsync(p => p.UserId == user.Id && p.Name == pseud, ct)) return null;
        var name = user.UserName!;
        var list = pseud == null
            ? new ListInfo($"users/{Uri.EscapeDataString(name)}", $"Works by {name}", Links.User(name), Links.UserFeed(name))
            : new ListInfo($"users/{Uri.EscapeDataString(name)}/pseuds/{Uri.EscapeDataString(pseud)}", $"Works by {pseud} ({name})", Links.Pseud(name, pseud),
                Links.PseudFeed(name, pseud));
        return await ListAsync(list, reader, new WorkQuery { WorkIds = await WorkSources.UserWorkIdsAsync(db, user.Id, pseud, ct) }, view,
            v => pseud == null ? CatalogPaths.User(name, v) : CatalogPaths.Pseud(name, pseud, v), facets, ct);
    }

    // An imported work's author exists only through works the reader can see, as on /authors/NAME.
    public async Task<CatalogFeed?> AuthorAsync(Reader reader, string name, CatalogView view, bool facets = true, CancellationToken ct = default)
    {
        var works = new WorkQuery { WorkIds = await WorkSources.AuthorWorkIdsAsync(db, name, ct) };
        if (IndexedWorkPage.Count(host, works.ForReader(reader)) == 0) return null;
        return await ListAsync(new($"authors/{Uri.EscapeDataString(name)}", $"Works by {name}", Links.Author(name), Links.AuthorFeed(name)),
            reader, works, view, v => CatalogPaths.Author(name, v), facets, ct);
    }

    // In the catalog a series reads in its own order; its Atom feed, like every feed, puts the newest update first.
    // A series whose every work is hidden from this reader does not exist for them, as on its page.
    public async Task<CatalogFeed?> SeriesAsync(Reader reader, int id, CatalogView view, bool readingOrder, CancellationToken ct = default)
    {
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var works = WorkSources.InSeries(db, reader, id);
        if (series == null || !await works.AnyAsync(ct)) return null;
        return await SeriesListAsync(new($"series/{id}", series.Title, Links.Series(id), Links.SeriesFeed(id)),
            reader, works, readingOrder ? id : null, view, v => CatalogPaths.Series(id, v), ct);
    }
}
