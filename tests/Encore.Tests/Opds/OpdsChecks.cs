using System.Xml.Linq;
using Encore.Tests.Feeds;
using static Encore.Tests.Feeds.AtomChecks;

namespace Encore.Tests.Opds;

// What OPDS 1.2 requires of a catalog page on top of Atom, and a crawler that walks the whole catalog through its links.
public static class OpdsChecks
{
    public static readonly XNamespace OpdsNs = "http://opds-spec.org/2010/catalog";
    public static readonly XNamespace OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";
    public static readonly XNamespace ThreadNs = "http://purl.org/syndication/thread/1.0";
    public const string Navigation = "application/atom+xml;profile=opds-catalog;kind=navigation";
    public const string Acquisition = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    public const string AcquisitionRel = "http://opds-spec.org/acquisition";

    public static bool IsNavigation(XDocument doc) => Type(LinksOf(doc.Root!, "self").Single()) == Navigation;

    public static string? Type(XElement link) => (string?)link.Attribute("type");

    // Checks one page and answers its entries.
    public static IReadOnlyList<XElement> Page(XDocument doc)
    {
        var entries = Feed(doc);
        var feed = doc.Root!;
        var self = Type(LinksOf(feed, "self").Single());
        Assert.Contains(self, new[] { Navigation, Acquisition });
        Assert.Equal(Navigation, Type(LinksOf(feed, "start").Single()));
        Assert.All(LinksOf(feed, "up"), l => Assert.Equal(Navigation, Type(l)));
        Assert.Equal("application/opensearchdescription+xml", Type(LinksOf(feed, "search").Single()));
        foreach (var rel in new[] { "first", "previous", "next", "last" })
            Assert.All(LinksOf(feed, rel), l => Assert.Equal(self, Type(l)));
        if (self == Navigation)
        {
            Assert.DoesNotContain(feed.Elements(Atom + "link"), l => Rel(l) == "http://opds-spec.org/facet");
            foreach (var entry in entries)
            {
                Assert.DoesNotContain(entry.Elements(Atom + "link"), l => Rel(l).StartsWith(AcquisitionRel));
                Assert.Contains(entry.Elements(Atom + "link"), l => Type(l) is Navigation or Acquisition);
            }
        }
        else
        {
            foreach (var entry in entries)
            {
                var acquisitions = entry.Elements(Atom + "link").Where(l => Rel(l).StartsWith(AcquisitionRel)).ToList();
                Assert.NotEmpty(acquisitions);
                Assert.All(acquisitions, l => Assert.False(string.IsNullOrEmpty(Type(l))));
                // OPDS 1.2 §5.1.3: a summary is plain text with no child elements.
                if (entry.Element(Atom + "summary") is { } summary)
                {
                    Assert.Equal("text", (string?)summary.Attribute("type"));
                    Assert.Empty(summary.Elements());
                }
            }
            var facets = feed.Elements(Atom + "link").Where(l => Rel(l) == "http://opds-spec.org/facet").ToList();
            Assert.All(facets, f => Assert.NotNull(f.Attribute(OpdsNs + "facetGroup")));
            foreach (var group in facets.GroupBy(f => (string)f.Attribute(OpdsNs + "facetGroup")!))
                Assert.True(group.Count(f => (string?)f.Attribute(OpdsNs + "activeFacet") == "true") <= 1, $"facet group {group.Key} has more than one active facet");
        }
        return entries;
    }

    // Every catalog page reachable from the root through catalog links (navigation, paging, facets, authors,
    // series), each checked; with every work entry met on the way.
    public static async Task<(int Pages, List<XElement> Works)> CrawlAsync(HttpClient client, Uri root)
    {
        var seen = new HashSet<string> { root.ToString() };
        var queue = new Queue<string>([root.ToString()]);
        var works = new List<XElement>();
        var pages = 0;
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var (doc, _) = await GetAsync(client, url, "application/atom+xml");
            var entries = Page(doc);
            pages++;
            if (!IsNavigation(doc)) works.AddRange(entries);
            var next = doc.Root!.Descendants(Atom + "link").Where(l => Type(l) is Navigation or Acquisition).Select(l => (string)l.Attribute("href")!)
                .Concat(doc.Root.Descendants(Atom + "author").Select(a => a.Element(Atom + "uri")?.Value).OfType<string>());
            foreach (var href in next.Where(h => h.StartsWith(root.ToString()) && seen.Add(h)))
                queue.Enqueue(href);
            Assert.True(pages < 400, "the catalog should not be endless");
        }
        return (pages, works);
    }
}
