using System.Xml.Linq;
using Encore.Tests.Community;
using Encore.Tests.Feeds;
using Encore.Tests.Support;
using Encore.Web;
using static Encore.Tests.Feeds.AtomChecks;
using static Encore.Tests.Opds.OpdsChecks;

namespace Encore.Tests.Opds;

// Search as e-reader apps do it: read the OpenSearch description the catalog links to, fill its template, read the
// acquisition feed it answers with.
public sealed class OpenSearchTests(CatalogArchive fixture) : IClassFixture<CatalogArchive>
{
    private static readonly XNamespace Os = "http://a9.com/-/spec/opensearch/1.1/";
    private TestArchive Archive => fixture.Archive;

    private async Task<string> TemplateAsync(HttpClient client)
    {
        var (root, _) = await GetAsync(client, Links.OpdsRoot, "application/atom+xml");
        var (description, _) = await GetAsync(client, Href(root.Root!, "search"), "application/opensearchdescription+xml");
        var doc = description.Root!;
        Assert.Equal(Os + "OpenSearchDescription", doc.Name);
        var shortName = doc.Element(Os + "ShortName")!.Value;
        Assert.InRange(shortName.Length, 1, 16);
        Assert.InRange(doc.Element(Os + "Description")!.Value.Length, 1, 1024);
        var url = Assert.Single(doc.Elements(Os + "Url"));
        Assert.Equal(Acquisition, (string?)url.Attribute("type"));
        var template = (string)url.Attribute("template")!;
        Assert.Contains("{searchTerms}", template);
        return template;
    }

    private async Task<List<string>> SearchAsync(HttpClient client, string terms)
    {
        var template = await TemplateAsync(client);
        var (doc, _) = await GetAsync(client, template.Replace("{searchTerms}", Uri.EscapeDataString(terms)), "application/atom+xml");
        return Page(doc).Select(e => e.Element(Atom + "title")!.Value).ToList();
    }

    [Fact]
    public async Task The_template_finds_works_by_title_tag_and_creator_for_what_the_reader_may_see()
    {
        var guest = Archive.NewClient();
        Assert.Equal(["Public 05"], await SearchAsync(guest, "public 05"));
        Assert.Equal(["Public 05"], await SearchAsync(guest, "LIGHTHOUSES"));
        Assert.Equal(["Sub Fandom Work"], await SearchAsync(guest, "noir"));
        Assert.Equal(["Imported Work"], await SearchAsync(guest, "o'brien sons"));
        Assert.Empty(await SearchAsync(guest, "Secret"));
        Assert.Equal(["Secret Restricted"], await SearchAsync(await Archive.SignInAsync("reader"), "secret"));
    }

    // The same syntax as the words box on the pages, over the story text too; the restricted, draft and hidden works'
    // text is found only by who may see those works.
    [Fact]
    public async Task The_template_searches_story_text_with_phrases_prefixes_and_exclusions()
    {
        var guest = Archive.NewClient();
        Assert.Equal(["Public 07"], await SearchAsync(guest, "\"keeper whistled\""));
        Assert.Equal(["Public 07"], await SearchAsync(guest, "whistl*"));
        Assert.Equal(["Public 05", "Public 07"], (await SearchAsync(guest, "lighthouse*")).Order());
        Assert.Equal(["Public 05"], await SearchAsync(guest, "lighthouse* -whistled"));
        Assert.Empty(await SearchAsync(guest, "\"whistled keeper\""));
        Assert.Empty(await SearchAsync(guest, CatalogArchive.SecretWord));
        // The reader wrote none of these: the restricted work is theirs to see, the draft and the hidden one are not.
        Assert.Equal(["Secret Restricted"], await SearchAsync(await Archive.SignInAsync("reader"), CatalogArchive.SecretWord));
        Assert.Equal(SecretTitles.Order(), (await SearchAsync(await Archive.SignInAsync("wren"), CatalogArchive.SecretWord)).Order());
    }

    private static readonly string[] SecretTitles = CatalogArchive.SecretTitles;

    // Every page of the catalog's search and every page of /works/search?q= list the same works, for a guest, a
    // reader and the writer of the secret works.
    [Theory]
    [InlineData("public")]
    [InlineData("\"story text\" -07")]
    [InlineData("cormorant")]
    [InlineData("-public")]
    [InlineData("fandom noir")]
    public async Task The_catalog_search_and_the_search_page_find_the_same_works(string query)
    {
        var found = 0;
        foreach (var client in new[] { Archive.NewClient(), await Archive.SignInAsync("reader"), await Archive.SignInAsync("wren") })
        {
            var catalog = new List<int>();
            for (string? url = $"{Links.OpdsRoot}/search?query={Uri.EscapeDataString(query)}"; url != null;)
            {
                var (doc, _) = await GetAsync(client, url, "application/atom+xml");
                catalog.AddRange(Page(doc).Select(WorkId));
                url = LinksOf(doc.Root!, "next").Select(l => (string)l.Attribute("href")!).FirstOrDefault();
            }
            var pages = new List<int>();
            for (string? url = "/works/search?q=" + Uri.EscapeDataString(query); url != null;)
            {
                var page = await client.PageAsync(url);
                pages.AddRange(page.QuerySelectorAll(".blurb-title a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1])));
                url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            }
            Assert.Equal(catalog.Count, catalog.Distinct().Count());
            Assert.Equal(pages.Order(), catalog.Order());
            found += catalog.Count;
        }
        Assert.True(found > 0);
    }
}
