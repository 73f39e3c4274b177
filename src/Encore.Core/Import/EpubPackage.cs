using System.Net;
using System.Xml.Linq;

namespace Encore.Import;

// The package document (content.opf): Dublin Core metadata and the reading order.
internal sealed class EpubPackage
{
    public List<string> Spine { get; } = [];
    private readonly XElement? _metadata;

    private EpubPackage(XElement? metadata) => _metadata = metadata;

    public static EpubPackage From(XDocument opf, string opfPath)
    {
        var root = opf.Root ?? throw new ImportException("The EPUB's package document is empty.");
        var package = new EpubPackage(Child(root, "metadata"));
        var folder = opfPath.Contains('/') ? opfPath[..(opfPath.LastIndexOf('/') + 1)] : "";
        var manifest = Child(root, "manifest")?.Elements().Where(e => e.Name.LocalName == "item")
            .Where(e => e.Attribute("id") != null && e.Attribute("href") != null)
            .GroupBy(e => e.Attribute("id")!.Value).ToDictionary(g => g.Key, g => g.First()) ?? [];
        foreach (var itemref in Child(root, "spine")?.Elements().Where(e => e.Name.LocalName == "itemref") ?? [])
        {
            if (itemref.Attribute("linear")?.Value == "no") continue;
            if (itemref.Attribute("idref")?.Value is not { } id || !manifest.TryGetValue(id, out var item)) continue;
            var type = item.Attribute("media-type")?.Value ?? "";
            var properties = item.Attribute("properties")?.Value ?? "";
            if (!type.Contains("html") || properties.Contains("nav")) continue;
            package.Spine.Add(folder + item.Attribute("href")!.Value);
        }
        return package;
    }

    public void ApplyMetadata(ParsedPost post, PostContext context)
    {
        if (_metadata == null) return;
        post.Title = Dc("title").FirstOrDefault();
        foreach (var creator in Dc("creator")) post.AddUnique(post.Creators, creator);
        if (Dc("description").FirstOrDefault() is { } description)
            post.SummaryHtml = description.Contains('<') ? description : Block.ToHtml(TextBlocks.FromText(description));
        var date = _metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "date" && (string?)e.Attribute(XName.Get("event", "http://www.idpf.org/2007/opf")) is null or "publication");
        if (date != null) post.Published = Vocabulary.Date(date.Value.Length >= 10 ? date.Value[..10] : date.Value);
        if (Dc("language").FirstOrDefault() is { } language) post.Language = language.Split('-')[0].ToLowerInvariant();
        foreach (var subject in Dc("subject")) post.AddUnique(post.AdditionalTags, subject);
        var series = _metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "meta"
            && ((string?)e.Attribute("name") == "calibre:series" || (string?)e.Attribute("property") == "belongs-to-collection"));
        if (series != null) post.SeriesTitle = (string?)series.Attribute("content") ?? series.Value.Trim();
    }

    private IEnumerable<string> Dc(string name) =>
        _metadata!.Elements().Where(e => e.Name.LocalName == name).Select(e => e.Value.Trim()).Where(v => v.Length > 0);

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);
}
