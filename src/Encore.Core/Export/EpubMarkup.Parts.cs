using System.Xml.Linq;

namespace Encore.Export;

internal sealed partial class EpubMarkup
{
    // Walks a constrained element's children: its proper parts are written by writePart; runs of anything else
    // (text, other elements) are handed to writeStray together, so they can be wrapped in one proper part.
    private void WriteParts(XElement parent, Func<string, bool> isPart, Action<XElement> writePart, Action<List<XNode>> writeStray)
    {
        var stray = new List<XNode>();
        foreach (var node in parent.Nodes())
        {
            if (node is XElement element && element.Name.NamespaceName.Length == 0 && isPart(element.Name.LocalName))
            {
                Flush();
                writePart(element);
            }
            else if (stray.Count > 0 || node is not XText text || !string.IsNullOrWhiteSpace(text.Value)) stray.Add(node);
        }
        Flush();

        void Flush()
        {
            if (HasContent(stray)) writeStray(stray);
            stray.Clear();
        }
    }

    private void Wrap(string name, List<XNode> nodes, Place place)
    {
        output.Open(name).End();
        WriteNodes(nodes, place);
        output.Close(name);
    }

    private static bool HasContent(List<XNode> nodes) => nodes.Any(n => n switch
    {
        XText text => !string.IsNullOrWhiteSpace(text.Value),
        XElement element => !Dropped.Contains(element.Name.LocalName),
        _ => false,
    });

    private static List<XNode> Significant(XElement e) =>
        e.Nodes().Where(n => n is XElement || n is XText t && !string.IsNullOrWhiteSpace(t.Value)).ToList();

    // Ruby as every reader accepts it: one or more groups of base text followed by an annotation (<rt>), which may
    // have fallback parentheses around it (<rp>(</rp><rt>…</rt><rp>)</rp>). Anything else is written as plain text.
    private void WriteRuby(XElement e, Place place)
    {
        var nodes = Significant(e);
        if (!IsSimpleRuby(nodes))
        {
            WriteNodes(e.Nodes(), place.Line());
            return;
        }
        Open("ruby", e).End();
        foreach (var node in nodes)
        {
            if (node is XElement { Name.LocalName: "rt" or "rp" } annotation) Simple(annotation.Name.LocalName, annotation, place.Line());
            else WriteNode(node, place.Line());
        }
        output.Close("ruby");
    }

    private static bool IsSimpleRuby(List<XNode> nodes)
    {
        var kinds = string.Concat(nodes.Select(n => n switch
        {
            XElement { Name.LocalName: "rt" } => 'T',
            XElement { Name.LocalName: "rp" } => 'P',
            XElement el when Blocks.Contains(el.Name.LocalName) || Placed.Contains(el.Name.LocalName) || el.Name.LocalName == "ruby" => 'X',
            _ => 'B',
        }));
        return System.Text.RegularExpressions.Regex.IsMatch(kinds, "^(B+(T|PTP))+$");
    }

    // A details element starts with its summary; one is supplied when the creator gave none.
    private void WriteDetails(XElement e, Place place)
    {
        var nodes = Significant(e);
        Open("details", e).End();
        var rest = e.Nodes();
        if (nodes.FirstOrDefault() is XElement { Name.LocalName: "summary" } summary)
        {
            Simple("summary", summary, place.Line());
            rest = rest.Where(n => n != summary);
        }
        else output.Raw("<summary>Details</summary>");
        WriteNodes(rest, place.Flow());
        output.Close("details");
    }

    // A figure's caption is its first or last child; a caption anywhere else is an ordinary block.
    private void WriteFigure(XElement e, Place place)
    {
        var nodes = Significant(e);
        var caption = nodes.FirstOrDefault() is XElement { Name.LocalName: "figcaption" } first ? first
            : nodes.LastOrDefault() is XElement { Name.LocalName: "figcaption" } last ? last : null;
        Open("figure", e).End();
        foreach (var node in e.Nodes())
        {
            if (node == caption) Simple("figcaption", caption, place.Flow());
            else WriteNode(node, place.Flow());
        }
        output.Close("figure");
    }
}
