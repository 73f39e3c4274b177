using System.Globalization;
using System.Text;
using System.Xml;

namespace Encore.Web.Catalog;

// What every writer needs from the request: absolute addresses (feed readers and e-readers resolve relative links
// poorly) and the authority for entry ids.
public sealed record FeedContext(string Origin, string Authority)
{
    // Ids are tag: URIs (RFC 4151) on the archive's host name, so an entry keeps its id however its feed is reached
    // (scheme, port, catalog or feed). The date is when Encore first minted them; it never changes.
    public const string IdDate = "2026";

    public static FeedContext For(HttpRequest request) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}", string.IsNullOrEmpty(request.Host.Host) ? "localhost" : request.Host.Host.ToLowerInvariant());

    public string Url(string sitePath) => Origin + sitePath;

    // A catalog path under one of the catalog roots (Links.OpdsRoot, Links.Opds2Root).
    public string Catalog(string root, CatalogPath path) => Origin + root + (path.Value.Length == 0 ? "" : "/" + path.Value);
    public string Id(string key) => $"tag:{Authority},{IdDate}:{key}";
    public string WorkId(int workId) => Id($"works/{workId}");

    // Tag types as Atom category schemes and OPDS 2 subject schemes.
    public string TagScheme(Tags.TagType type) => Id($"tag-types/{type.ToString().ToLowerInvariant()}");

    public static string Date(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

public static class XmlText
{
    // XML 1.0 cannot carry most control characters or a lone surrogate, and XmlWriter refuses them; a creator can type
    // them into a title. They are dropped: nothing a reader could see is lost.
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text)) return text;
        var s = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { s.Append(text, i, 2); i++; }
            else if (XmlConvert.IsXmlChar(text[i])) s.Append(text[i]);
        }
        return s.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { i++; continue; }
            return false;
        }
        return true;
    }
}
