using System.Text;
using AngleSharp.Dom;
using Encore.Text;

namespace Encore.Import;

// HTML into blocks. Paragraph elements become paragraphs; text separated by <br><br> (common in blog entries) is
// split into paragraphs too; lists, tables, quotes and preformatted text stay whole. The walk keeps its own stack,
// so a deeply nested document cannot overflow the call stack.
public static class HtmlBlocks
{
    private static readonly HashSet<string> Containers =
        ["div", "section", "article", "main", "body", "center", "font", "span", "td", "header", "footer", "aside", "figure", "form"];
    private static readonly HashSet<string> Paragraphs = ["p", "address", "dd", "dt", "li", "figcaption", "summary", "caption"];
    private static readonly HashSet<string> RawBlocks = ["ul", "ol", "dl", "table", "blockquote", "pre", "details"];
    private static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "head", "title", "nav", "button", "form", "iframe", "svg"];
    private const int MaxDepth = 200;

    public static List<Block> FromElement(IElement root)
    {
        var blocks = new List<Block>();
        var inline = new Inline();
        // Each frame: the next child to visit and the depth of its parent.
        var stack = new Stack<(INode? Next, int Depth)>();
        stack.Push((root.FirstChild, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node == null) continue;
            stack.Push((node.NextSibling, depth));

            switch (node)
            {
                case IText text:
                    inline.AddText(text.Data);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (Skipped.Contains(name)) break;
                    if (name == "br") { inline.Break(blocks); break; }
                    if (name == "hr") { inline.Flush(blocks); blocks.Add(Block.SceneBreak); break; }
                    if (Headings.Contains(name)) { inline.Flush(blocks); AddHeading(element, blocks); break; }
                    if (Paragraphs.Contains(name) && !HasBlockChildren(element)) { inline.Flush(blocks); AddParagraph(element, blocks); break; }
                    if (RawBlocks.Contains(name)) { inline.Flush(blocks); blocks.Add(new Block(BlockKind.Raw, TextOf(element), element.OuterHtml)); break; }
                    if ((Containers.Contains(name) || Paragraphs.Contains(name)) && depth < MaxDepth && HasBlockChildren(element))
                    {
                        inline.Flush(blocks);
                        stack.Push((element.FirstChild, depth + 1));
                        break;
                    }
                    if (Containers.Contains(name) && HasBreaks(element) && depth < MaxDepth)
                    {
                        stack.Push((element.FirstChild, depth + 1));
                        break;
                    }
                    inline.AddElement(element);
                    break;
            }
        }
        inline.Flush(blocks);
        return blocks;
    }

    private static void AddHeading(IElement element, List<Block> blocks)
    {
        var text = TextOf(element).Trim();
        if (text.Length > 0) blocks.Add(new Block(BlockKind.Heading, text, HtmlText.Escape(text)));
    }

    private static void AddParagraph(IElement element, List<Block> blocks)
    {
        var text = TextOf(element).Trim();
        if (text.Length == 0 && element.QuerySelector("img") == null) return;
        if (TextBlocks.IsSceneBreak(text) && element.QuerySelector("img") == null) { blocks.Add(Block.SceneBreak); return; }
        blocks.Add(new Block(BlockKind.Paragraph, text, element.InnerHtml.Trim()));
    }

    private static bool HasBlockChildren(IElement element)
    {
        foreach (var child in element.Children)
        {
            var name = child.LocalName;
            if (Paragraphs.Contains(name) || RawBlocks.Contains(name) || Headings.Contains(name) || name is "hr" or "div" or "section" or "article" or "center")
                return true;
        }
        return false;
    }

    private static bool HasBreaks(IElement element) => element.Children.Any(c => c.LocalName == "br");

    // Text with <br> as newlines, so header lines inside one paragraph ("Title: X<br>Rating: PG") stay separate lines.
    public static string TextOf(IElement element)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t) text.Append(t.Data);
            else if (node is IElement e && e.LocalName == "br") text.Append('\n');
            else if (node is IElement { LocalName: "script" or "style" }) continue;
            else
                for (var child = node.LastChild; child != null; child = child.PreviousSibling) stack.Push(child);
        }
        return string.Join('\n', TextBlocks.Normalize(text.ToString()).Split('\n').Select(l => string.Join(' ', l.Split(' ', '\t').Where(w => w.Length > 0))));
    }

    // Inline content gathered between block elements, split into paragraphs at a double <br>.
    private sealed class Inline
    {
        private readonly StringBuilder _html = new();
        private readonly StringBuilder _text = new();
        private bool _justBroke;

        public void AddText(string data)
        {
            if (data.Trim().Length == 0 && _text.Length == 0) return;
            if (data.Trim().Length > 0) _justBroke = false;
            _html.Append(HtmlText.Escape(data));
            _text.Append(data);
        }

        public void AddElement(IElement element)
        {
            _justBroke = false;
            _html.Append(element.OuterHtml);
            _text.Append(TextOf(element));
        }

        public void Break(List<Block> blocks)
        {
            if (_justBroke) { Flush(blocks); return; }
            _justBroke = true;
            _html.Append("<br />");
            _text.Append('\n');
        }

        public void Flush(List<Block> blocks)
        {
            _justBroke = false;
            var text = string.Join('\n', TextBlocks.Normalize(_text.ToString()).Split('\n').Select(l => l.Trim())).Trim();
            var html = _html.ToString().Trim();
            while (html.EndsWith("<br />", StringComparison.Ordinal)) html = html[..^6].TrimEnd();
            while (html.StartsWith("<br />", StringComparison.Ordinal)) html = html[6..].TrimStart();
            _html.Clear();
            _text.Clear();
            if (text.Length == 0 && !html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return;
            if (TextBlocks.IsSceneBreak(text)) { blocks.Add(Block.SceneBreak); return; }
            // Each line of a <br>-separated run is a paragraph of the post, so split the lines like a text post does.
            if (text.Contains('\n') && LooksLikeLines(text))
            {
                var htmlLines = html.Split("<br />").Select(h => h.Trim()).ToList();
                var textLines = text.Split('\n');
                if (htmlLines.Count == textLines.Length)
                {
                    for (var i = 0; i < textLines.Length; i++)
                        blocks.Add(TextBlocks.IsSceneBreak(textLines[i]) ? Block.SceneBreak : new Block(BlockKind.Paragraph, textLines[i], htmlLines[i]));
                    return;
                }
            }
            blocks.Add(new Block(BlockKind.Paragraph, text, html));
        }

        // Long lines joined by single <br>s are paragraphs (blog posts often use one <br> per paragraph).
        private static bool LooksLikeLines(string text) => text.Split('\n').Count(l => l.Length > 150) >= 2;
    }
}
