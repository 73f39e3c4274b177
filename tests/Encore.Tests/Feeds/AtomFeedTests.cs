using System.Net;
using System.Xml.Linq;
using Encore.People;
using Encore.Tests.Support;
using Encore.Web;
using static Encore.Tests.Feeds.AtomChecks;

namespace Encore.Tests.Feeds;

// Atom feeds of a tag, a creator, a series and all works: whole entries, newest update first, for guests and readers.
public sealed class AtomFeedTests(CatalogArchive fixture) : IClassFixture<CatalogArchive>
{
    private const string AtomType = "application/atom+xml";
    private TestArchive Archive => fixture.Archive;

    private async Task<IReadOnlyList<XElement>> EntriesAsync(string path, HttpClient? client = null) =>
        Feed((await GetAsync(client ?? Archive.NewClient(), path, AtomType)).Doc);

    private static List<string> Titles(IEnumerable<XElement> entries) => entries.Select(e => e.Element(Atom + "title")!.Value).ToList();

    [Fact]
    public async Task A_tag_feed_has_whole_entries_newest_update_first_with_synonyms_and_sub_tags()
    {
        var (doc, response) = await GetAsync(Archive.NewClient(), Links.TagFeed(CatalogArchive.Fandom), AtomType);
        var entries = Feed(doc);
        Assert.Equal(25, entries.Count);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(d => d), updated);
        Assert.Equal(Archive.BaseAddress + "tags/Feed%20Fandom/feed.atom", Href(doc.Root!, "self"));
        Assert.Equal(Archive.BaseAddress + "tags/Feed%20Fandom/works", Href(doc.Root!, "alternate"));
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        // The newest works: the synonym's and the sub tag's belong to the tag's feed, as on its page.
        Assert.Contains("Synonym Work", Titles(entries));
        Assert.Contains("Sub Fandom Work", Titles(entries));

        var entry = entries.Single(e => e.Element(Atom + "title")!.Value == "Sub Fandom Work");
        var author = entry.Element(Atom + "author")!;
        Assert.Equal("Lantern", author.Element(Atom + "name")!.Value);
        Assert.Equal(Archive.BaseAddress + "users/wren/pseuds/Lantern", author.Element(Atom + "uri")!.Value);
        Assert.Equal(Archive.BaseAddress + Links.Work(WorkId(entry))[1..], Href(entry, "alternate"));
        var categories = entry.Elements(Atom + "category").ToDictionary(c => (string)c.Attribute("term")!, c => ((string)c.Attribute("scheme")!, (string)c.Attribute("label")!));
        Assert.Equal(["Creator Chose Not To Use Archive Warnings", CatalogArchive.SubFandom, "Not Rated"], categories.Keys.Order());
        Assert.EndsWith(":tag-types/fandom", categories[CatalogArchive.SubFandom].Item1);
        Assert.Equal("Rating: Not Rated", categories["Not Rated"].Item2);
        Assert.Contains("Words: 5", entry.Element(Atom + "content")!.Value);
        Assert.Equal("html", (string?)entry.Element(Atom + "content")!.Attribute("type"));
    }

    [Fact]
    public async Task Entries_link_every_chapter_and_carry_the_summary_as_html()
    {
        var entries = await EntriesAsync(Links.UserFeed("wren"));
        var two = entries.Single(e => e.Element(Atom + "title")!.Value == "Two Chapters");
        var chapters = LinksOf(two, "related").ToList();
        Assert.Equal(["Chapter 1: Opening", "Chapter 2"], chapters.Select(c => (string)c.Attribute("title")!));
        Assert.All(chapters, c => Assert.Matches($@"/works/{WorkId(two)}/chapters/\d+$", (string)c.Attribute("href")!));
        var withSummary = entries.First(e => e.Element(Atom + "title")!.Value.StartsWith("Public"));
        var summary = withSummary.Element(Atom + "summary")!;
        Assert.Equal("html", (string?)summary.Attribute("type"));
        Assert.StartsWith("<p>Summary of public work", summary.Value);
    }

    [Fact]
    public async Task Creator_and_series_feeds_list_only_their_works()
    {
        var lantern = await EntriesAsync(Links.PseudFeed("wren", "Lantern"));
        Assert.All(lantern, e => Assert.Equal(["Lantern"], e.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value)));
        Assert.Contains("Sub Fandom Work", Titles(lantern));
        var author = await EntriesAsync(Links.AuthorFeed(CatalogArchive.Author));
        Assert.Equal(["Imported Work"], Titles(author));
        var series = await EntriesAsync(Links.SeriesFeed(fixture.SeriesId));
        Assert.Equal(["Public 02", "Public 01"], Titles(series));
    }

    [Fact]
    public async Task Guests_never_see_restricted_draft_or_hidden_works_and_readers_see_restricted_ones()
    {
        var guestIds = await fixture.VisibleIdsAsync(Reader.Guest);
        Assert.DoesNotContain(fixture.Restricted, guestIds);
        foreach (var path in new[] { Links.WorksFeed, Links.TagFeed(CatalogArchive.Fandom), Links.UserFeed("wren"), Links.SeriesFeed(fixture.SeriesId) })
        {
            var entries = await EntriesAsync(path);
            Assert.All(entries, e => Assert.Contains(WorkId(e), guestIds));
            Assert.DoesNotContain(entries, e => CatalogArchive.SecretTitles.Contains(e.Element(Atom + "title")!.Value));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await Archive.NewClient().GetAsync(Links.SeriesFeed(fixture.RestrictedSeriesId))).StatusCode);

        var reader = await Archive.SignInAsync("reader");
        var (doc, response) = await GetAsync(reader, Links.UserFeed("wren"), AtomType);
        var titles = Titles(Feed(doc));
        Assert.Contains("Secret Restricted", titles);
        Assert.DoesNotContain("Secret Draft", titles);
        Assert.DoesNotContain("Secret Hidden", titles);
        Assert.Contains("private", response.Headers.CacheControl?.ToString());
        Assert.Equal(["Secret Restricted"], Titles(await EntriesAsync(Links.SeriesFeed(fixture.RestrictedSeriesId), reader)));
    }

    [Fact]
    public async Task A_synonym_feed_moves_to_its_canonical_tag_and_unknown_feeds_are_not_found()
    {
        var response = await Archive.Http.GetAsync(Links.TagFeed(CatalogArchive.Synonym));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Links.TagFeed(CatalogArchive.Fandom), response.Headers.Location!.OriginalString);
        foreach (var path in new[] { Links.TagFeed("No Such Tag"), Links.UserFeed("nobody"), Links.PseudFeed("wren", "Nobody"), Links.SeriesFeed(9999), Links.AuthorFeed("Nobody") })
            Assert.Equal(HttpStatusCode.NotFound, (await Archive.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Hostile_titles_and_tags_survive_the_round_trip()
    {
        var entries = await EntriesAsync(Links.TagFeed(CatalogArchive.HostileTags[0]));
        var entry = Assert.Single(entries);
        Assert.Equal(CatalogArchive.HostileTitleClean, entry.Element(Atom + "title")!.Value);
        var terms = entry.Elements(Atom + "category").Select(c => (string)c.Attribute("term")!).ToList();
        Assert.All(CatalogArchive.HostileTags, t => Assert.Contains(t, terms));
        var content = Html.Parse(entry.Element(Atom + "content")!.Value);
        Assert.Empty(content.QuerySelectorAll("script"));
        Assert.Contains("Safe & sound", content.QuerySelector("blockquote")!.TextContent);
        Assert.All(CatalogArchive.HostileTags, t => Assert.Contains(content.QuerySelectorAll("a"), a => a.TextContent == t));
        Assert.DoesNotContain("<script", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task List_pages_name_their_feed_in_the_head_and_link_it()
    {
        foreach (var (page, feed) in new[]
        {
            (Links.TagWorks(CatalogArchive.Fandom), Links.TagFeed(CatalogArchive.Fandom)), (Links.User("wren"), Links.UserFeed("wren")),
            (Links.Pseud("wren", "Lantern"), Links.PseudFeed("wren", "Lantern")), (Links.Series(fixture.SeriesId), Links.SeriesFeed(fixture.SeriesId)),
            ("/works", Links.WorksFeed), (Links.Author(CatalogArchive.Author), Links.AuthorFeed(CatalogArchive.Author)),
        })
        {
            var html = Html.Parse(await Archive.GetHtmlAsync(page));
            var head = html.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.Equal(feed, head?.GetAttribute("href"));
            Assert.Contains(html.Body!.QuerySelectorAll("a"), a => a.GetAttribute("href") == feed);
            Feed((await GetAsync(Archive.NewClient(), feed, AtomType)).Doc);
        }
    }
}
