using System.Xml.Linq;
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
}
