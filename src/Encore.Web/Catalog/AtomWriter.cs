using System.Text;
using System.Xml;

namespace Encore.Web.Catalog;

// Writes a catalog feed as Atom (RFC 4287): either a plain feed for feed readers, or an OPDS 1.2 catalog page with
// its start, up, search, paging and facet links. Everything goes through XmlWriter, so every text and attribute is
// escaped; XmlText.Clean drops the few characters XML cannot carry at all.
public sealed partial class AtomWriter
{
    public const string AtomNs = "http://www.w3.org/2005/Atom";
    public const string DcNs = "http://purl.org/dc/terms/";
    public const string OpdsNs = "http://opds-spec.org/2010/catalog";
    public const string OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";
    public const string ThreadNs = "http://purl.org/syndication/thread/1.0";
    public const string AtomType = "application/atom+xml";

    private readonly XmlWriter _w;
    private readonly FeedContext _cx;
    private readonly bool _opds;

    private AtomWriter(XmlWriter w, FeedContext cx, bool opds) => (_w, _cx, _opds) = (w, cx, opds);

    // A plain feed served at `selfPath` (a site path such as /tags/NAME/feed.atom).
    public static byte[] Feed(CatalogFeed feed, FeedContext cx, string selfPath) =>
        Write(cx, false, a => a.WriteFeed(feed, cx.Url(selfPath), AtomType, "feeds/"));

    public static byte[] Opds(CatalogFeed feed, FeedContext cx) =>
        Write(cx, true, a => a.WriteFeed(feed, a.CatalogUrl(feed.Self), OpdsSpec.TypeOf(feed.Kind), "opds/"));

    private static byte[] Write(FeedContext cx, bool opds, Action<AtomWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            write(new AtomWriter(w, cx, opds));
        return stream.ToArray();
    }

    private string CatalogUrl(CatalogPath path) => _cx.Catalog(Links.OpdsRoot, path);

    private void WriteFeed(CatalogFeed feed, string self, string selfType, string idPrefix)
    {
        _w.WriteStartDocument();
        _w.WriteStartElement("feed", AtomNs);
        if (_opds)
        {
            _w.WriteAttributeString("xmlns", "dc", null, DcNs);
            _w.WriteAttributeString("xmlns", "opds", null, OpdsNs);
            _w.WriteAttributeString("xmlns", "opensearch", null, OpenSearchNs);
            _w.WriteAttributeString("xmlns", "thr", null, ThreadNs);
        }
        Text("id", _cx.Id(idPrefix + feed.Key));
        Text("title", feed.Title, type: "text");
        Text("updated", FeedContext.Date(feed.Updated));
        // Navigation entries have no author of their own, so the feed names the archive.
        _w.WriteStartElement("author", AtomNs);
        Text("name", "Encore");
        Text("uri", _cx.Url("/"));
        _w.WriteEndElement();

        Link("self", self, selfType);
        if (feed.HtmlPage != null) Link("alternate", _cx.Url(feed.HtmlPage), "text/html");
        if (_opds) WriteCatalogLinks(feed);

        foreach (var link in feed.Navigation) WriteNavigationEntry(link, feed.Updated);
        foreach (var work in feed.Works) WriteWorkEntry(work);
        _w.WriteEndElement();
        _w.WriteEndDocument();
    }

    private void WriteCatalogLinks(CatalogFeed feed)
    {
        Link("start", CatalogUrl(CatalogPaths.Root), OpdsSpec.Navigation);
        if (feed.Up is { } up) Link("up", CatalogUrl(up), OpdsSpec.Navigation);
        Link("search", CatalogUrl(CatalogPaths.SearchDescription), OpdsSpec.OpenSearch);
        if (feed.Paging is { } paging)
        {
            // RFC 5005 paging; a page past the end still points back to the real ones.
            Link("first", CatalogUrl(paging.PathOf(1)), OpdsSpec.Acquisition);
            if (paging.Page > 1) Link("previous", CatalogUrl(paging.PathOf(Math.Min(paging.Page - 1, paging.Pages))), OpdsSpec.Acquisition);
            if (paging.Page < paging.Pages) Link("next", CatalogUrl(paging.PathOf(paging.Page + 1)), OpdsSpec.Acquisition);
            Link("last", CatalogUrl(paging.PathOf(paging.Pages)), OpdsSpec.Acquisition);
            _w.WriteElementString("opensearch", "totalResults", OpenSearchNs, paging.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _w.WriteElementString("opensearch", "itemsPerPage", OpenSearchNs, paging.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _w.WriteElementString("opensearch", "startIndex", OpenSearchNs, ((paging.Page - 1) * paging.PageSize + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var facet in feed.Facets)
        {
            _w.WriteStartElement("link", AtomNs);
            _w.WriteAttributeString("rel", OpdsSpec.Facet);
            _w.WriteAttributeString("href", CatalogUrl(facet.Path));
            _w.WriteAttributeString("type", OpdsSpec.Acquisition);
            _w.WriteAttributeString("title", XmlText.Clean(facet.Title));
            _w.WriteAttributeString("opds", "facetGroup", OpdsNs, facet.Group);
            if (facet.Active) _w.WriteAttributeString("opds", "activeFacet", OpdsNs, "true");
            if (facet.Count is { } count) _w.WriteAttributeString("thr", "count", ThreadNs, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _w.WriteEndElement();
        }
    }

    private void WriteNavigationEntry(CatalogLink link, DateTime updated)
    {
        _w.WriteStartElement("entry", AtomNs);
        Text("id", _cx.Id("opds/" + link.Key));
        Text("title", link.Title, type: "text");
        Text("updated", FeedContext.Date(updated));
        if (link.Description != null) Text("content", link.Description, type: "text");
        Link(link.Rel, CatalogUrl(link.Path), OpdsSpec.TypeOf(link.Kind));
        _w.WriteEndElement();
    }

    private void Text(string name, string? value, string? type = null)
    {
        _w.WriteStartElement(name, AtomNs);
        if (type != null) _w.WriteAttributeString("type", type);
        _w.WriteString(XmlText.Clean(value));
        _w.WriteEndElement();
    }

    private void Link(string rel, string href, string type, string? title = null)
    {
        _w.WriteStartElement("link", AtomNs);
        _w.WriteAttributeString("rel", rel);
        _w.WriteAttributeString("href", href);
        _w.WriteAttributeString("type", type);
        if (title != null) _w.WriteAttributeString("title", XmlText.Clean(title));
        _w.WriteEndElement();
    }
}
