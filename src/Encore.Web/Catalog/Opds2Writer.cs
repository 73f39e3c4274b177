using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Encore.Catalog;
using Encore.Text;

namespace Encore.Web.Catalog;

// Writes a catalog feed as OPDS 2.0 (application/opds+json): the same model the Atom writer reads, so both catalogs
// list the same works with the same links.
public sealed class Opds2Writer(FeedContext cx)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Not for embedding in HTML, so only what JSON itself requires is escaped (titles stay readable).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(CatalogFeed feed, FeedContext cx) =>
        JsonSerializer.SerializeToUtf8Bytes(new Opds2Writer(cx).Feed(feed), Options);

    private string Url(CatalogPath path) => cx.Catalog(Links.Opds2Root, path);

    private JsonObject Feed(CatalogFeed feed)
    {
        var metadata = new JsonObject { ["title"] = S(feed.Title), ["modified"] = FeedContext.Date(feed.Updated) };
        var links = new JsonArray
        {
            Link("self", Url(feed.Self), OpdsSpec.Json),
            Link("start", Url(CatalogPaths.Root), OpdsSpec.Json),
        };
        if (feed.Up is { } up) links.Add(Link("up", Url(up), OpdsSpec.Json));
        links.Add(new JsonObject { ["rel"] = "search", ["href"] = cx.Catalog(Links.Opds2Root, new("search")) + "{?query}", ["type"] = OpdsSpec.Json, ["templated"] = true });
        if (feed.HtmlPage != null) links.Add(Link("alternate", cx.Url(feed.HtmlPage), "text/html"));
        if (feed.Paging is { } paging)
        {
            metadata["numberOfItems"] = paging.Total;
            metadata["itemsPerPage"] = paging.PageSize;
            metadata["currentPage"] = paging.Page;
            links.Add(Link("first", Url(paging.PathOf(1)), OpdsSpec.Json));
            if (paging.Page > 1) links.Add(Link("previous", Url(paging.PathOf(Math.Min(paging.Page - 1, paging.Pages))), OpdsSpec.Json));
            if (paging.Page < paging.Pages) links.Add(Link("next", Url(paging.PathOf(paging.Page + 1)), OpdsSpec.Json));
            links.Add(Link("last", Url(paging.PathOf(paging.Pages)), OpdsSpec.Json));
        }
        var json = new JsonObject { ["metadata"] = metadata, ["links"] = links };

        var navigation = feed.Navigation.Select(n => (JsonNode)Link(n.Rel, Url(n.Path), OpdsSpec.Json, n.Title)).ToList();
        // A feed must hold a non-empty collection: an empty list of works offers the way back instead.
        if (feed.Kind == CatalogKind.Acquisition && feed.Works.Count == 0)
            navigation.Add(Link("start", Url(CatalogPaths.Root), OpdsSpec.Json, "Back to the catalog"));
        if (navigation.Count > 0) json["navigation"] = new JsonArray([.. navigation]);
        if (feed.Works.Count > 0) json["publications"] = new JsonArray([.. feed.Works.Select(w => (JsonNode)Publication(w))]);
        if (feed.Facets.Count > 0)
            json["facets"] = new JsonArray([.. feed.Facets.GroupBy(f => f.Group).Select(g => (JsonNode)new JsonObject
            {
                ["metadata"] = new JsonObject { ["title"] = g.Key },
                ["links"] = new JsonArray([.. g.Select(f => (JsonNode)Facet(f))]),
            })]);
        return json;
    }

    private JsonObject Facet(CatalogFacet f)
    {
        var link = Link(f.Active ? "self" : null, Url(f.Path), OpdsSpec.Json, f.Title);
        if (f.Count is { } count) link["properties"] = new JsonObject { ["numberOfItems"] = count };
        return link;
    }

    private JsonObject Publication(FeedWork work)
    {
        var w = work.Blurb;
        var metadata = new JsonObject
        {
            ["@type"] = "http://schema.org/Book",
            ["identifier"] = cx.WorkId(w.Id),
            ["title"] = S(w.Title),
            ["author"] = new JsonArray([.. w.Creators.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = S(c.Name),
                ["links"] = new JsonArray(Link(null, Url(CatalogPaths.Creator(c)), OpdsSpec.Json)),
            })]),
            ["language"] = S(w.Language),
            ["modified"] = FeedContext.Date(w.UpdatedAt),
            ["published"] = FeedContext.Date(work.PublishedAt),
            // Description is plain text: the summary, then the figures AO3 readers choose by.
            ["description"] = S(string.Join("\n\n", new[] { WordCounter.PlainText(w.Summary), string.Join(" · ", EntryHtml.Stats(w)) }.Where(t => t.Length > 0))),
            ["subject"] = new JsonArray([.. w.Tags.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = S(t.Name),
                ["scheme"] = cx.TagScheme(t.Type),
                ["links"] = new JsonArray(Link(null, Url(CatalogPaths.Tag(t.Name)), OpdsSpec.Json)),
            })]),
        };
        if (w.Series.Count > 0)
            metadata["belongsTo"] = new JsonObject
            {
                ["series"] = new JsonArray([.. w.Series.Select(s => (JsonNode)new JsonObject
                {
                    ["name"] = S(s.Title), ["position"] = s.Position,
                    ["links"] = new JsonArray(Link(null, Url(CatalogPaths.Series(s.Id)), OpdsSpec.Json)),
                })]),
            };
        var links = new JsonArray(Link("alternate", cx.Url(Links.Work(w.Id)), "text/html", "Read on Encore"));
        foreach (var (format, type, title) in OpdsSpec.Downloads)
            links.Add(Link(OpdsSpec.AcquisitionRel(w.Restricted), cx.Url(Links.Download(w.Id, w.Title, format)), type, title));
        return new JsonObject { ["metadata"] = metadata, ["links"] = links };
    }

    private static JsonObject Link(string? rel, string href, string type, string? title = null)
    {
        var link = new JsonObject { ["href"] = href, ["type"] = type };
        if (rel != null) link["rel"] = rel;
        if (title != null) link["title"] = S(title);
        return link;
    }

    // JSON could carry control characters, but readers that hand titles on to XML or a screen should not meet them.
    private static string S(string? text) => XmlText.Clean(text);
}
