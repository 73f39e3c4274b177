using System.Xml.Linq;

namespace Encore.Export;

/// <summary>How creator HTML is written into one XHTML document of a download.</summary>
/// <param name="ImagesAsLinks">EPUB: a remote image becomes a link to it (the book must be self-contained).</param>
/// <param name="Site">The archive's address, against which links such as "/works/12" are made absolute.</param>
internal sealed record MarkupOptions(bool ImagesAsLinks, Uri? Site);

// Writes creator HTML (already through the archive's allowlist) as XHTML that passes epubcheck: obsolete elements and
// attributes become their HTML5 forms or classes, every element's content model is enforced (a list holds only list
// items, a paragraph only phrasing content, a table its parts in order, a link no links), and links to anchors are
// resolved at the end (Anchors), across documents. It is an allowlist of its own: anything it does not know is
// unwrapped, its text kept.
internal sealed partial class EpubMarkup(XhtmlOutput output, MarkupOptions options)
{
    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "iframe", "svg", "math", "noscript", "noembed", "noframes", "plaintext", "xmp", "object",
        "embed", "template", "head", "title", "frameset", "frame", "applet", "base", "link", "meta", "textarea", "select",
        "button", "input", "form",
    ];

    private static readonly HashSet<string> PhrasingElements =
        ["abbr", "b", "cite", "code", "em", "i", "kbd", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var"];

    private static readonly HashSet<string> Blocks =
    [
        "address", "blockquote", "center", "details", "div", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol",
        "p", "pre", "table", "ul",
    ];

    // Elements that belong inside one particular parent; elsewhere they are written as a div (or unwrapped in a line).
    private static readonly HashSet<string> Placed =
        ["li", "dt", "dd", "figcaption", "summary", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "rt", "rp"];

    // Where an element is being written: inside phrasing content (a paragraph, a heading, a span) or flow content,
    // and inside what (a link may hold no link; a definition no definition; a table header cell no heading).
    private readonly record struct Place(bool Phrasing, bool InLink = false, bool NoHeadings = false, bool InDfn = false, bool InAddress = false)
    {
        public Place Flow() => this with { Phrasing = false };
        public Place Line() => this with { Phrasing = true };
    }

    public Anchors Anchors { get; } = new();

    public XhtmlOutput Output => output;

    /// <summary>Writes a creator fragment (CreatorFragment.Parse) as flow content.</summary>
    public void WriteFlow(IEnumerable<XNode> nodes) => WriteNodes(nodes, new Place(Phrasing: false));

    private void WriteNodes(IEnumerable<XNode> nodes, Place place)
    {
        foreach (var node in nodes) WriteNode(node, place);
    }

    private void WriteNode(XNode node, Place place)
    {
        if (node is XText text) output.Escape(text.Value);
        else if (node is XElement element) WriteElement(element, place);
    }

    private void WriteElement(XElement e, Place place)
    {
        var name = e.Name.NamespaceName.Length == 0 ? e.Name.LocalName : "";
        if (Dropped.Contains(name)) return;
        if (place.Phrasing && Blocks.Contains(name) || place.Phrasing && Placed.Contains(name))
        {
            // A block inside a line (a div in a span): its text stays, on a line of its own.
            WriteNodes(e.Nodes(), place);
            if (e.NextNode != null) output.Raw("<br />");
            return;
        }
        switch (name)
        {
            case "br": output.Raw("<br />"); return;
            case "hr": Open("hr", e).EndVoid(); return;
            case "img": WriteImage(e, place); return;
            case "a": WriteLink(e, place); return;
            case "ul" or "ol": WriteList(e, name, place.Flow()); return;
            case "dl": WriteDefinitions(e, place.Flow()); return;
            case "table": WriteTable(e, place.Flow()); return;
            case "ruby": WriteRuby(e, place); return;
            case "details" when place.InLink: WriteNodes(e.Nodes(), place); return;
            case "details": WriteDetails(e, place); return;
            case "figure": WriteFigure(e, place); return;
            case "dfn" when place.InDfn: WriteNodes(e.Nodes(), place); return;
            case "dfn": Simple("dfn", e, place.Line() with { InDfn = true }); return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (place.NoHeadings) Simple("p", e, place.Line(), "heading");
                else Simple(name, e, place.Line());
                return;
            case "address" when place.InAddress: Simple("div", e, place); return;
            case "address": Simple("address", e, place with { NoHeadings = true, InAddress = true }); return;
            case "p" or "pre": Simple(name, e, place.Line()); return;
            case "blockquote" or "div": Simple(name, e, place); return;
            case "center": Simple("div", e, place, "center"); return;
            case "big" or "tt" when !place.Phrasing && HoldsBlocks(e): Simple("div", e, place, "inline-" + name); return;
            case "big" or "tt": Simple("span", e, place.Line(), name); return;
            case "acronym": Simple("abbr", e, place.Line()); return;
            case "strike": Simple("s", e, place.Line()); return;
            case "ins" or "del": Simple(name, e, place); return;
            case "col" or "colgroup": return;
            default:
                // Formatting around blocks (<b><p>…</p><p>…</p></b>, which is what an unclosed <b> parses to) keeps the
                // blocks, as a div the stylesheet gives the formatting to.
                if (PhrasingElements.Contains(name) && !place.Phrasing && HoldsBlocks(e)) Simple("div", e, place, "inline-" + name);
                else if (PhrasingElements.Contains(name)) Simple(name, e, place.Line());
                else if (Placed.Contains(name)) Simple("div", e, place);
                else WriteNodes(e.Nodes(), place);
                return;
        }
    }

    private static bool HoldsBlocks(XElement e) => e.Descendants().Any(d => Blocks.Contains(d.Name.LocalName) || Placed.Contains(d.Name.LocalName));

    private void Simple(string name, XElement e, Place inner, string? extraClass = null)
    {
        Open(name, e, extraClass).End();
        WriteNodes(e.Nodes(), inner);
        output.Close(name);
    }

    private void WriteLink(XElement e, Place place)
    {
        var id = Anchors.Claim(e.Attribute("name")?.Value);
        if (place.InLink)
        {
            // A link inside a link: the inner one goes; an anchor it carried stays, on an empty span.
            if (id != null) output.Open("span").Attr("id", id).End().Close("span");
            WriteNodes(e.Nodes(), place);
            return;
        }
        output.Open("a").Attr("id", id);
        WriteHref(e.Attribute("href")?.Value);
        Attributes(output, "a", e).End();
        WriteNodes(e.Nodes(), place with { InLink = true });
        output.Close("a");
    }

    private void WriteImage(XElement e, Place place)
    {
        var alt = e.Attribute("alt")?.Value.Trim();
        var label = string.IsNullOrEmpty(alt) ? "[Image]" : $"[Image: {alt}]";
        var src = Urls.Absolute(e.Attribute("src")?.Value, Urls.ImageSchemes, null);
        if (src == null || options.ImagesAsLinks && place.InLink)
        {
            output.Escape(label);
            return;
        }
        if (options.ImagesAsLinks)
        {
            output.Open("a").Attr("href", src).Attr("class", "image").End().Escape(label).Close("a");
            return;
        }
        output.Open("img").Attr("src", src).Attr("alt", alt ?? "");
        foreach (var size in new[] { "width", "height" })
            if (Urls.Number(e.Attribute(size)?.Value, 1, 10_000) is { } n) output.Attr(size, n.ToString());
        Attributes(output, "img", e).EndVoid();
    }
}
