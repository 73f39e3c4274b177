using System.Text.Json;
using Encore.People;
using Encore.Tests.Feeds;
using Encore.Tests.Support;
using Encore.Web;

namespace Encore.Tests.Opds;

// The same catalog as OPDS 2.0 JSON: the feed and publication requirements of the specification and its JSON schema.
public sealed class Opds2CatalogTests(CatalogArchive fixture) : IClassFixture<CatalogArchive>
{
    // The acquisition relations the OPDS 2 publication schema accepts.
    private static readonly string[] AcquisitionRels =
    [
        "acquisition", "borrow", "buy", "preview", "subscribe", "http://opds-spec.org/acquisition", "http://opds-spec.org/acquisition/buy",
        "http://opds-spec.org/acquisition/open-access", "http://opds-spec.org/acquisition/borrow", "http://opds-spec.org/acquisition/sample",
        "http://opds-spec.org/acquisition/subscribe",
    ];

    private TestArchive Archive => fixture.Archive;

    private async Task<JsonElement> FeedAsync(string url)
    {
        var response = await Archive.NewClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal("application/opds+json", response.Content.Headers.ContentType?.MediaType);
        var feed = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement;
        Check(feed);
        return feed;
    }

    // A feed has metadata with a title, links with a self link, and at least one non-empty collection; navigation
    // links have titles; publications have metadata with a title and an acquisition link with a type.
    private static void Check(JsonElement feed)
    {
        Assert.Equal(JsonValueKind.String, feed.GetProperty("metadata").GetProperty("title").ValueKind);
        var links = feed.GetProperty("links").EnumerateArray().ToList();
        Assert.Contains(links, l => Rel(l) == "self");
        Assert.All(links, l => Assert.True(l.TryGetProperty("href", out _)));
        Assert.Contains(new[] { "navigation", "publications", "groups" }, c => feed.TryGetProperty(c, out var v) && v.GetArrayLength() > 0);
        if (feed.TryGetProperty("navigation", out var navigation))
            Assert.All(navigation.EnumerateArray(), n => Assert.False(string.IsNullOrEmpty(n.GetProperty("title").GetString())));
        if (feed.TryGetProperty("publications", out var publications))
            foreach (var publication in publications.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(publication.GetProperty("metadata").GetProperty("title").GetString()));
                var acquisitions = publication.GetProperty("links").EnumerateArray().Where(l => AcquisitionRels.Contains(Rel(l))).ToList();
                Assert.Equal(["application/epub+zip", "text/html"], acquisitions.Select(l => l.GetProperty("type").GetString()));
            }
        if (feed.TryGetProperty("facets", out var facets))
            foreach (var group in facets.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(group.GetProperty("metadata").GetProperty("title").GetString()));
                Assert.True(group.GetProperty("links").EnumerateArray().Count(l => Rel(l) == "self") <= 1);
            }
    }

    private static string? Rel(JsonElement link) => link.TryGetProperty("rel", out var rel) ? rel.GetString() : null;

    private static string? Href(JsonElement feed, string rel) =>
        feed.GetProperty("links").EnumerateArray().Where(l => Rel(l) == rel).Select(l => l.GetProperty("href").GetString()).SingleOrDefault();

    private static IEnumerable<JsonElement> Publications(JsonElement feed) =>
        feed.TryGetProperty("publications", out var p) ? p.EnumerateArray() : [];

    [Fact]
    public async Task The_root_navigates_to_works_whose_pages_cover_every_visible_work_once()
    {
        var root = await FeedAsync(Links.Opds2Root);
        Assert.Equal("Encore", root.GetProperty("metadata").GetProperty("title").GetString());
        var search = root.GetProperty("links").EnumerateArray().Single(l => Rel(l) == "search");
        Assert.True(search.GetProperty("templated").GetBoolean());
        Assert.EndsWith("/opds/v2/search{?query}", search.GetProperty("href").GetString());

        var recent = root.GetProperty("navigation").EnumerateArray().Single(n => Rel(n) == "http://opds-spec.org/sort/new");
        var ids = new List<string>();
        string? url = recent.GetProperty("href").GetString();
        var pages = 0;
        while (url != null)
        {
            var page = await FeedAsync(url);
            var metadata = page.GetProperty("metadata");
            Assert.Equal(++pages, metadata.GetProperty("currentPage").GetInt32());
            Assert.Equal(25, metadata.GetProperty("itemsPerPage").GetInt32());
            ids.AddRange(Publications(page).Select(p => p.GetProperty("metadata").GetProperty("identifier").GetString()!));
            url = Href(page, "next");
        }
        var visible = await fixture.VisibleIdsAsync(Reader.Guest);
        Assert.Equal(2, pages);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(visible.Order(), ids.Select(id => int.Parse(id.Split("works/")[1])).Order());
    }

    [Fact]
    public async Task Publications_carry_creators_tags_series_and_their_catalog_links()
    {
        var series = await FeedAsync($"{Links.Opds2Root}/series/{fixture.SeriesId}");
        var first = Publications(series).First().GetProperty("metadata");
        Assert.Equal("Public 01", first.GetProperty("title").GetString());
        Assert.Equal(1, first.GetProperty("belongsTo").GetProperty("series")[0].GetProperty("position").GetInt32());
        var author = first.GetProperty("author")[0];
        Assert.Equal("Lantern", author.GetProperty("name").GetString());
        var authorFeed = await FeedAsync(author.GetProperty("links")[0].GetProperty("href").GetString()!);
        Assert.Contains(Publications(authorFeed), p => p.GetProperty("metadata").GetProperty("title").GetString() == "Public 01");
        var fandom = first.GetProperty("subject").EnumerateArray().Single(s => s.GetProperty("name").GetString() == CatalogArchive.Fandom);
        Assert.EndsWith(":tag-types/fandom", fandom.GetProperty("scheme").GetString());
        await FeedAsync(fandom.GetProperty("links")[0].GetProperty("href").GetString()!);
        Assert.StartsWith("Summary of public work 1.", first.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Facets_hostile_names_and_empty_results_keep_the_feed_valid()
    {
        var works = await FeedAsync($"{Links.Opds2Root}/works?status=in-progress");
        var status = works.GetProperty("facets").EnumerateArray().Single(g => g.GetProperty("metadata").GetProperty("title").GetString() == "Status");
        var active = status.GetProperty("links").EnumerateArray().Single(l => Rel(l) == "self");
        Assert.Equal("Works in progress only", active.GetProperty("title").GetString());
        Assert.Equal(works.GetProperty("metadata").GetProperty("numberOfItems").GetInt32(), active.GetProperty("properties").GetProperty("numberOfItems").GetInt32());

        var found = await FeedAsync($"{Links.Opds2Root}/search?query={Uri.EscapeDataString("Karen/Derek")}");
        var hostile = Assert.Single(Publications(found)).GetProperty("metadata");
        Assert.Equal(CatalogArchive.HostileTitleClean, hostile.GetProperty("title").GetString());
        Assert.All(CatalogArchive.HostileTags, t => Assert.Contains(hostile.GetProperty("subject").EnumerateArray(), s => s.GetProperty("name").GetString() == t));

        var none = await FeedAsync($"{Links.Opds2Root}/search?query=Secret");
        Assert.Empty(Publications(none));
        Assert.Equal(0, none.GetProperty("metadata").GetProperty("numberOfItems").GetInt32());
    }
}
