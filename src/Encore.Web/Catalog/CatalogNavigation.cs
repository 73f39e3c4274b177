using Encore.Catalog;
using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;

namespace Encore.Web.Catalog;

// The navigation feeds: the catalog's root, media, and each medium's fandoms (which lead to acquisition feeds).
// A signed-in reader's root (a personal access token over HTTP Basic, or the login cookie) also leads to their
// bookmarks and Marked for Later.
public sealed class CatalogNavigation(EncoreDb db, IndexHost host)
{
    public async Task<CatalogFeed> RootAsync(Reader reader, CancellationToken ct = default) =>
        new("", "Encore", CatalogKind.Navigation, await LatestAsync(reader, ct), CatalogPaths.Root)
        {
            HtmlPage = "/",
            Navigation = [.. Everyone, .. reader.SignedIn ? Own : []],
        };

    private static readonly CatalogLink[] Own =
    [
        new("bookmarks", "Your bookmarks", CatalogPaths.Bookmarks(new()), CatalogKind.Acquisition, OpdsSpec.Subsection,
            "The works you bookmarked, private bookmarks included."),
        new("later", "Marked for Later", CatalogPaths.Later(new()), CatalogKind.Acquisition, OpdsSpec.Subsection,
            "The works you marked to read later."),
    ];

    private static readonly CatalogLink[] Everyone =
    [
        new("recent", "Recently updated", CatalogPaths.Works(new()), CatalogKind.Acquisition, OpdsSpec.SortNew,
            "Every work, the most recently updated first."),
        new("popular", "Most kudos", CatalogPaths.Works(new(FeedSort.Kudos)), CatalogKind.Acquisition, OpdsSpec.SortPopular,
            "Every work, the most loved first."),
        new("fandoms", "Fandoms", CatalogPaths.Fandoms, CatalogKind.Navigation, OpdsSpec.Subsection,
            "Fandoms by media: books, films, TV shows and more."),
    ];

    public async Task<CatalogFeed> MediaAsync(Reader reader, CancellationToken ct = default)
    {
        var media = (await FandomCount.ByMediaAsync(db, host.Index, reader, ct))
            .Select(m => new CatalogLink($"fandoms/{TagUrl.Escape(m.Key)}", m.Key, CatalogPaths.Media(m.Key), CatalogKind.Navigation,
                OpdsSpec.Subsection, m.Value.Count == 1 ? "1 fandom" : $"{Display.Number(m.Value.Count)} fandoms"))
            .ToList();
        return new("fandoms", "Fandoms", CatalogKind.Navigation, await LatestAsync(reader, ct), CatalogPaths.Fandoms)
        {
            HtmlPage = "/fandoms", Up = CatalogPaths.Root, Navigation = media,
        };
    }

    // Null when no fandom the reader can see belongs to the medium.
    public async Task<CatalogFeed?> FandomsAsync(Reader reader, string mediumUrlName, CancellationToken ct = default)
    {
        var wanted = Tag.Normalize(TagUrl.Unescape(mediumUrlName));
        var (medium, fandoms) = (await FandomCount.ByMediaAsync(db, host.Index, reader, ct)).FirstOrDefault(m => Tag.Normalize(m.Key) == wanted);
        if (medium == null) return null;
        return new($"fandoms/{TagUrl.Escape(medium)}", medium, CatalogKind.Navigation, await LatestAsync(reader, ct), CatalogPaths.Media(medium))
        {
            HtmlPage = Links.Media(medium),
            Up = CatalogPaths.Fandoms,
            Navigation = fandoms.Select(f => new CatalogLink($"tags/{TagUrl.Escape(f.Name)}", f.Name, CatalogPaths.Tag(f.Name),
                CatalogKind.Acquisition, OpdsSpec.Subsection, f.Works == 1 ? "1 work" : $"{Display.Number(f.Works)} works")).ToList(),
        };
    }

    private async Task<DateTime> LatestAsync(Reader reader, CancellationToken ct) =>
        await IndexedWorkPage.LatestUpdateAsync(db, host, reader, ct) ?? DateTime.UnixEpoch;
}
