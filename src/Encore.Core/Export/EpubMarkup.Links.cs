using System.Xml.Linq;

namespace Encore.Export;

// Links, anchors and images: what may point where inside a book.
internal sealed partial class EpubMarkup
{
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
        WriteChildren(e, place with { InLink = true });
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
