using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Encore.Export;

// Attributes: the allowlist's, in their HTML5 forms. Presentational ones HTML5 made obsolete (align, border, width)
// become classes the stylesheet knows, or go.
internal sealed partial class EpubMarkup
{
    [GeneratedRegex(@"^[a-zA-Z][\w-]+$")]
    private static partial Regex ClassName();

    private static readonly string[] Alignments = ["left", "right", "center", "justify"];

    // Opens element `name` (what e is written as) with e's attributes as far as they are valid on it.
    private XhtmlOutput Open(string name, XElement e, string? extraClass = null) => Attributes(output.Open(name), name, e, extraClass);

    private static XhtmlOutput Attributes(XhtmlOutput o, string name, XElement e, string? extraClass = null)
    {
        var classes = new List<string>();
        if (extraClass != null) classes.Add(extraClass);
        foreach (var c in (e.Attribute("class")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (ClassName().IsMatch(c) && !classes.Contains(c)) classes.Add(c);
        var align = e.Attribute("align")?.Value.Trim().ToLowerInvariant();
        if (align != null && Alignments.Contains(align)) classes.Add("align-" + align);

        if (name == "table" && e.Attribute("border")?.Value.Trim() is { } border && border != "0") classes.Add("bordered");
        if (classes.Count > 0) o.Attr("class", string.Join(' ', classes));

        if (e.Attribute("dir")?.Value.Trim().ToLowerInvariant() is { } dir && dir is "ltr" or "rtl" or "auto") o.Attr("dir", dir);
        if (e.Attribute("lang")?.Value.Trim() is { } lang && (lang.Length == 0 || BookLanguage.IsWellFormed(lang))) o.Lang(lang);
        if (e.Attribute("title")?.Value is { Length: > 0 } title) o.Attr("title", title);

        switch (name)
        {
            case "ol":
                if (Urls.SignedNumber(e.Attribute("start")?.Value) is { } start) o.Attr("start", start.ToString());
                if (e.Attribute("type")?.Value.Trim() is { } type && type is "1" or "a" or "A" or "i" or "I") o.Attr("type", type);
                break;
            case "td" or "th":
                if (Urls.Number(e.Attribute("colspan")?.Value, 1, 1000) is { } colspan) o.Attr("colspan", colspan.ToString());
                if (Urls.Number(e.Attribute("rowspan")?.Value, 0, 65534) is { } rowspan) o.Attr("rowspan", rowspan.ToString());
                if (name == "th" && e.Attribute("scope")?.Value.Trim().ToLowerInvariant() is { } scope && scope is "row" or "col" or "rowgroup" or "colgroup")
                    o.Attr("scope", scope);
                break;
            case "col":
                if (Urls.Number(e.Attribute("span")?.Value, 1, 1000) is { } span) o.Attr("span", span.ToString());
                break;
            case "colgroup" when !e.Elements("col").Any():
                if (Urls.Number(e.Attribute("span")?.Value, 1, 1000) is { } groupSpan) o.Attr("span", groupSpan.ToString());
                break;
            case "details" when e.Attribute("open") != null:
                o.Attr("open", "open");
                break;
        }
        return o;
    }

    // Links to the web keep their address; links to an anchor wait for Anchors to resolve them; the rest lose it.
    private void WriteHref(string? href)
    {
        var trimmed = href?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return;
        if (trimmed.StartsWith('#'))
        {
            Anchors.WriteHref(output, Uri.UnescapeDataString(trimmed[1..]));
            return;
        }
        output.Attr("href", Urls.Absolute(trimmed, Urls.LinkSchemes, options.Site));
    }
}
