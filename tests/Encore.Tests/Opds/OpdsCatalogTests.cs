using System.Net;
using System.Xml.Linq;
using Encore.People;
using Encore.Tests.Feeds;
using Encore.Tests.Support;
using Encore.Web;
using static Encore.Tests.Feeds.AtomChecks;
using static Encore.Tests.Opds.OpdsChecks;

namespace Encore.Tests.Opds;

// The OPDS 1.2 catalog: navigation down to acquisition feeds, paging, facets, downloads and who sees what.
public sealed class OpdsCatalogTests(CatalogArchive fixture) : IClassFixture<CatalogArchive>
{
    private TestArchive Archive => fixture.Archive;
    private Uri Root => new(Archive.BaseAddress, Encore.Web.Links.OpdsRoot);

    private async Task<XDocument> PageAsync(string url, HttpClient? client = null) =>
        (await GetAsync(client ?? Archive.NewClient(), url, "application/atom+xml")).Doc;

    private static string Title(XElement entry) => entry.Element(Atom + "title")!.Value;

    private static XElement EntryLinking(XDocument doc, string rel) =>
        doc.Root!.Elements(Atom + "entry").Single(e => LinksOf(e, rel).Any());

    [Fact]
    public async Task The_root_leads_to_recent_and_popular_works_and_through_media_and_fandoms_to_a_fandoms_works()
    {
        var response = await Archive.NewClient().GetAsync(Links.OpdsRoot);
        Assert.Equal("kind=navigation", response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "kind").ToString());
        var root = Parse(await response.Content.ReadAsByteArrayAsync());
        Page(root);
        Assert.True(IsNavigation(root));
        Assert.Equal(Root.ToString(), Href(root.Root!, "start"));
        var recent = LinksOf(EntryLinking(root, "http://opds-spec.org/sort/new"), "http://opds-spec.org/sort/new").Single();
        var popular = LinksOf(EntryLinking(root, "http://opds-spec.org/sort/popular"), "http://opds-spec.org/sort/popular").Single();
        Assert.Equal(Acquisition, Type(recent));
        Assert.Equal(Acquisition, Type(popular));

        var kudos = Page(await PageAsync((string)popular.Attribute("href")!)).Select(WorkId).ToList();
        var byKudos = await KudosAsync(kudos);
        Assert.Equal(byKudos.OrderByDescending(k => k), byKudos);

        var fandoms = Page(await PageAsync((string)LinksOf(EntryLinking(root, "subsection"), "subsection").Single().Attribute("href")!));
        var medium = fandoms.Single(e => Title(e) == CatalogArchive.Medium);
        var inMedium = Page(await PageAsync(Href(medium, "subsection")));
        var fandom = inMedium.Single(e => Title(e) == CatalogArchive.Fandom);
        Assert.Equal(Acquisition, Type(LinksOf(fandom, "subsection").Single()));
        var works = await PageAsync(Href(fandom, "subsection"));
        Assert.Contains("Sub Fandom Work", Page(works).Select(Title));
        Assert.Equal(Navigation, Type(LinksOf(works.Root!, "up").Single()));
    }

    [Fact]
    public async Task Following_next_reaches_every_visible_work_once()
    {
        var visible = await fixture.VisibleIdsAsync(Reader.Guest);
        var ids = new List<int>();
        string? url = new Uri(Archive.BaseAddress, "/opds/works").ToString();
        XDocument? last = null;
        var pages = 0;
        while (url != null)
        {
            var doc = await PageAsync(url);
            var entries = Page(doc);
            Assert.Equal(visible.Count, int.Parse(doc.Root!.Element(OpenSearchNs + "totalResults")!.Value));
            if (pages > 0) Assert.Equal(Href(last!.Root!, "self"), Href(doc.Root, "previous"));
            Assert.Equal(Href(doc.Root, "last"), Href((await PageAsync(Href(doc.Root, "last"))).Root!, "self"));
            ids.AddRange(entries.Select(WorkId));
            url = LinksOf(doc.Root, "next").Select(l => (string?)l.Attribute("href")).SingleOrDefault();
            last = doc;
            pages++;
        }
        Assert.Equal(2, pages);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(visible.Order(), ids.Order());
        Assert.Equal(Href(last!.Root!, "self"), Href(last.Root!, "last"));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_points_back_to_the_last()
    {
        var past = await PageAsync(new Uri(Archive.BaseAddress, $"/opds/works?page={int.MaxValue}").ToString());
        Assert.Empty(Page(past));
        Assert.Equal(Href(past.Root!, "last"), Href(past.Root!, "previous"));
        Assert.Equal(25, Page(await PageAsync(new Uri(Archive.BaseAddress, "/opds/works?page=-3").ToString())).Count);
    }

    [Fact]
    public async Task Facets_re_sort_and_narrow_the_list_with_one_active_facet_per_group()
    {
        var doc = await PageAsync(new Uri(Archive.BaseAddress, "/opds/works").ToString());
        var facets = doc.Root!.Elements(Atom + "link").Where(l => Rel(l) == "http://opds-spec.org/facet").ToList();
        Assert.Equal(["Sort", "Status"], facets.Select(f => (string)f.Attribute(OpdsNs + "facetGroup")!).Distinct());
        Assert.Equal(["Recently updated", "All works"], facets.Where(f => (string?)f.Attribute(OpdsNs + "activeFacet") == "true").Select(f => (string)f.Attribute("title")!));
        var complete = facets.Single(f => (string)f.Attribute("title")! == "Complete works only");
        var completeDoc = await PageAsync((string)complete.Attribute("href")!);
        var ids = Page(completeDoc).Select(WorkId).ToList();
        Assert.Equal(int.Parse((string)complete.Attribute(ThreadNs + "count")!), ids.Count);
        await using var db = Archive.OpenDb();
        Assert.All(ids, id => Assert.True(db.Works.Single(w => w.Id == id).IsComplete));
        // The other group keeps the chosen status.
        var kudos = completeDoc.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("title") == "Most kudos");
        Assert.Contains("status=complete", (string)kudos.Attribute("href")!);
        Assert.Equal(ids.Order(), Page(await PageAsync((string)kudos.Attribute("href")!)).Select(WorkId).Order());
    }

    [Fact]
    public async Task Entries_offer_epub_and_html_downloads_and_lead_to_their_creators_works()
    {
        var entries = Page(await PageAsync(new Uri(Archive.BaseAddress, Links.OpdsRoot + "/users/wren/pseuds/Lantern").ToString()));
        var entry = entries.Single(e => Title(e) == "Sub Fandom Work");
        var downloads = entry.Elements(Atom + "link").Where(l => Rel(l).StartsWith(AcquisitionRel)).ToList();
        Assert.Equal(["application/epub+zip", "text/html"], downloads.Select(Type));
        Assert.All(downloads, d => Assert.Equal("http://opds-spec.org/acquisition/open-access", Rel(d)));
        Assert.Equal(new Uri(Archive.BaseAddress, Links.Download(WorkId(entry), "Sub Fandom Work", "epub")).ToString(), (string)downloads[0].Attribute("href")!);
        Assert.Equal("en", entry.Element((XNamespace)"http://purl.org/dc/terms/" + "language")!.Value);

        var author = entry.Element(Atom + "author")!.Element(Atom + "uri")!.Value;
        Assert.Contains(WorkId(entry), Page(await PageAsync(author)).Select(WorkId));

        // A restricted work needs an account, so its downloads are not open access.
        var reader = await Archive.SignInAsync("reader");
        var restricted = Page(await PageAsync(new Uri(Archive.BaseAddress, Links.OpdsRoot + "/users/wren").ToString(), reader))
            .Single(e => WorkId(e) == fixture.Restricted);
        Assert.All(restricted.Elements(Atom + "link").Where(l => Rel(l).StartsWith(AcquisitionRel)), l => Assert.Equal(AcquisitionRel, Rel(l)));
    }

    [Fact]
    public async Task A_guest_crawling_the_whole_catalog_never_meets_a_restricted_draft_or_hidden_work()
    {
        var (pages, works) = await CrawlAsync(Archive.NewClient(), Root);
        Assert.True(pages > 20, $"only {pages} pages reached");
        var visible = await fixture.VisibleIdsAsync(Reader.Guest);
        Assert.Equal(visible.Order(), works.Select(WorkId).Distinct().Order());
        Assert.DoesNotContain(works, e => CatalogArchive.SecretTitles.Contains(Title(e)));

        var reader = await Archive.SignInAsync("reader");
        Assert.Contains(fixture.Restricted, Page(await PageAsync(new Uri(Archive.BaseAddress, "/opds/works").ToString(), reader)).Select(WorkId));
        Assert.Equal(HttpStatusCode.NotFound, (await Archive.Http.GetAsync($"/opds/series/{fixture.RestrictedSeriesId}")).StatusCode);
    }

    [Fact]
    public async Task A_synonym_moves_to_its_canonical_tag_and_hostile_names_survive()
    {
        var moved = await Archive.Http.GetAsync(Links.OpdsRoot + "/tags/FF%20Synonym?sort=kudos");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/opds/tags/Feed%20Fandom?sort=kudos", moved.Headers.Location!.OriginalString);

        var entries = Page(await PageAsync(new Uri(Archive.BaseAddress, "/opds/search?query=" + Uri.EscapeDataString("שלום")).ToString()));
        var entry = Assert.Single(entries);
        Assert.Equal(CatalogArchive.HostileTitleClean, Title(entry));
        Assert.All(CatalogArchive.HostileTags, t => Assert.Contains(entry.Elements(Atom + "category"), c => (string)c.Attribute("term")! == t));
        Assert.Equal("Safe & sound emph", entry.Element(Atom + "summary")!.Value);
        Assert.EndsWith("/download/Ivys_b_Bold_b_Co_end.epub", (string)entry.Elements(Atom + "link").First(l => Type(l) == "application/epub+zip").Attribute("href")!);
    }

    private async Task<List<int>> KudosAsync(List<int> ids)
    {
        await using var db = Archive.OpenDb();
        var kudos = db.Works.Where(w => ids.Contains(w.Id)).ToDictionary(w => w.Id, w => w.KudosCount);
        return ids.Select(id => kudos[id]).ToList();
    }
}
