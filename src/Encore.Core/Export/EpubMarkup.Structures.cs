using System.Xml.Linq;

namespace Encore.Export;

// Elements whose children XHTML constrains: lists, definition lists, tables, ruby, details, figures. Content in the
// wrong place is wrapped in the child element that may hold it (text straight inside a <ul> becomes a list item)
// rather than dropped.
internal sealed partial class EpubMarkup
{
    private void WriteList(XElement e, string name, Place place)
    {
        Open(name, e).End();
        WriteParts(e, p => p == "li", li => Simple("li", li, place), stray => Wrap("li", stray, place));
        output.Close(name);
    }

    // XHTML wants groups of one or more terms followed by one or more definitions.
    private void WriteDefinitions(XElement e, Place place)
    {
        Open("dl", e).End();
        string? last = null;
        WriteParts(e, p => p is "dt" or "dd", part =>
        {
            var name = part.Name.LocalName;
            if (name == "dd" && last == null) output.Raw("<dt></dt>");
            Simple(name, part, name == "dt" ? place with { NoHeadings = true } : place);
            last = name;
        }, stray =>
        {
            if (last == null) output.Raw("<dt></dt>");
            Wrap("dd", stray, place);
            last = "dd";
        });
        if (last == "dt") output.Raw("<dd></dd>");
        output.Close("dl");
    }

    // A table's parts in the only order XHTML allows: caption, column groups, head, bodies, foot.
    private void WriteTable(XElement e, Place place)
    {
        XElement? caption = null, head = null, foot = null;
        var columns = new List<XElement>();
        var bodies = new List<List<XNode>>();
        foreach (var node in e.Nodes())
        {
            var part = node is XElement el ? el.Name.LocalName : null;
            if (part == "caption" && caption == null) caption = (XElement)node;
            else if (part is "col" or "colgroup") columns.Add((XElement)node);
            else if (part == "thead" && head == null) head = (XElement)node;
            else if (part == "tfoot" && foot == null) foot = (XElement)node;
            else if (part is "tbody" or "thead" or "tfoot") bodies.Add([node]);
            else if (bodies.Count > 0 && bodies[^1][0] is not XElement { Name.LocalName: "tbody" or "thead" or "tfoot" }) bodies[^1].Add(node);
            else if (node is not XText text || !string.IsNullOrWhiteSpace(text.Value)) bodies.Add([node]);
        }
        Open("table", e).End();
        if (caption != null) Simple("caption", caption, place.Line());
        foreach (var column in columns) WriteColumns(column);
        if (head != null) WriteRowGroup("thead", head, place);
        foreach (var body in bodies)
        {
            if (body[0] is XElement { Name.LocalName: "tbody" or "thead" or "tfoot" } group) WriteRowGroup("tbody", group, place);
            else WriteRows(body, place);
        }
        if (foot != null) WriteRowGroup("tfoot", foot, place);
        output.Close("table");
    }

    private void WriteColumns(XElement column)
    {
        if (column.Name.LocalName == "col")
        {
            output.Raw("<colgroup>");
            Open("col", column).EndVoid();
            output.Raw("</colgroup>");
            return;
        }
        Open("colgroup", column).End();
        foreach (var col in column.Elements("col")) Open("col", col).EndVoid();
        output.Close("colgroup");
    }

    private void WriteRowGroup(string name, XElement group, Place place)
    {
        Open(name, group).End();
        WriteParts(group, p => p == "tr", row => WriteRow(row, place), stray => WriteStrayRow(stray, place));
        output.Close(name);
    }

    // Rows (or anything else) found straight inside a table: a body of their own.
    private void WriteRows(List<XNode> nodes, Place place)
    {
        output.Raw("<tbody>");
        var stray = new List<XNode>();
        foreach (var node in nodes)
        {
            if (node is XElement { Name.LocalName: "tr" } row)
            {
                WriteStrayRow(stray, place);
                WriteRow(row, place);
            }
            else stray.Add(node);
        }
        WriteStrayRow(stray, place);
        output.Raw("</tbody>");
    }

    private void WriteStrayRow(List<XNode> stray, Place place)
    {
        if (!HasContent(stray)) return;
        output.Raw("<tr>");
        Wrap("td", stray, place);
        output.Raw("</tr>");
        stray.Clear();
    }

    private void WriteRow(XElement row, Place place)
    {
        Open("tr", row).End();
        WriteParts(row, p => p is "td" or "th",
            cell => Simple(cell.Name.LocalName, cell, cell.Name.LocalName == "th" ? place with { NoHeadings = true } : place),
            stray => Wrap("td", stray, place));
        output.Close("tr");
    }
}
