using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Encore.Tests.Feeds;

// What RFC 4287 requires of a feed document, checked on parsed XML; and fetching a document as XML.
public static partial class AtomChecks
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    // GETs a document, checks its media type (parameters aside) and parses it with a parser that refuses DTDs.
    public static async Task<(XDocument Doc, HttpResponseMessage Response)> GetAsync(HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return (Parse(await response.Content.ReadAsByteArrayAsync()), response);
    }

    public static XDocument Parse(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    // The feed's entries, after checking the feed and each entry against the RFC's MUSTs.
    public static IReadOnlyList<XElement> Feed(XDocument doc)
    {
        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        One(feed, "id", absoluteIri: true);
        One(feed, "title");
        Date(One(feed, "updated"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.True(feed.Elements(Atom + "author").Any() || entries.All(e => e.Elements(Atom + "author").Any()),
            "a feed without an author needs one in every entry");
        foreach (var author in feed.Descendants(Atom + "author")) One(author, "name");
        Assert.Single(feed.Elements(Atom + "link"), l => Rel(l) == "self");
        foreach (var group in feed.Elements(Atom + "link").Where(l => Rel(l) == "alternate").GroupBy(l => (string?)l.Attribute("type")))
            Assert.Single(group);
        foreach (var link in feed.Descendants(Atom + "link"))
            Assert.True(Uri.TryCreate((string?)link.Attribute("href"), UriKind.Absolute, out _), $"link href {link.Attribute("href")} is not absolute");
        foreach (var category in feed.Descendants(Atom + "category"))
            Assert.False(string.IsNullOrEmpty((string?)category.Attribute("term")));
        foreach (var entry in entries)
        {
            One(entry, "id", absoluteIri: true);
            One(entry, "title");
            Date(One(entry, "updated"));
            if (entry.Element(Atom + "published") is { } published) Date(published);
            Assert.True(entry.Element(Atom + "content") != null || entry.Elements(Atom + "link").Any(l => Rel(l) == "alternate"),
                "an entry needs content or an alternate link");
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        return entries;
    }

    public static string Rel(XElement link) => (string?)link.Attribute("rel") ?? "alternate";

    public static IEnumerable<XElement> LinksOf(XElement parent, string rel) => parent.Elements(Atom + "link").Where(l => Rel(l) == rel);

    public static string Href(XElement parent, string rel) => (string)LinksOf(parent, rel).Single().Attribute("href")!;

    // tag:host,2026:works/ID → ID
    public static int WorkId(XElement entry) => int.Parse(entry.Element(Atom + "id")!.Value.Split("works/")[1]);

    private static XElement One(XElement parent, string name, bool absoluteIri = false)
    {
        var element = Assert.Single(parent.Elements(Atom + name));
        Assert.False(string.IsNullOrWhiteSpace(element.Value), $"atom:{name} is empty");
        if (absoluteIri) Assert.True(Uri.TryCreate(element.Value, UriKind.Absolute, out _), $"atom:{name} {element.Value} is not an IRI");
        return element;
    }

    private static void Date(XElement element) => Assert.Matches(Rfc3339(), element.Value);
}
