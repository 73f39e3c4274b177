using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Encore.Text;

// The one way untrusted HTML is parsed in Encore.
public static partial class HtmlFragment
{
    // Deeper nesting than this is flattened before parsing: the text stays, the tags past the limit go. HTML5 tree
    // construction checks the open-element stack on every tag, so parse time grows with depth squared (10,000
    // nested divs take 1.7 s; 100,000 take minutes).
    public const int MaxDepth = 500;

    // One parser per thread: the importer parses posts on every core at once.
    [ThreadStatic] private static HtmlParser? _parser;
    private static HtmlParser Parser => _parser ??= new HtmlParser();

    private static readonly HashSet<string> Void =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")]
    private static partial Regex Tag();

    // Parses creator HTML as the body of a document. AngleSharp's ParseFragment is quadratic on long input
    // (4.7 s for a 500 KB chapter, measured by bench/Encore.Bench text); a whole document parses in linear time.
    public static IElement ParseBody(string html) =>
        Parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + LimitDepth(html)).Body!;

    public static IDocument ParseDocument(string html) => Parser.ParseDocument(LimitDepth(html));

    public static string LimitDepth(string html)
    {
        if (html.Length < MaxDepth * 4) return html;
        var depth = 0;
        var dropped = 0;
        StringBuilder? output = null;
        var copied = 0;
        foreach (Match m in Tag().Matches(html))
        {
            var name = m.Groups[2].Value.ToLowerInvariant();
            if (Void.Contains(name) || m.Groups[3].Value == "/") continue;
            var closing = m.Groups[1].Value == "/";
            var drop = false;
            if (!closing)
            {
                if (depth >= MaxDepth) { dropped++; drop = true; }
                else depth++;
            }
            else if (dropped > 0) { dropped--; drop = true; }
            else if (depth > 0) depth--;

            if (!drop) continue;
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, m.Index - copied);
            copied = m.Index + m.Length;
        }
        if (output == null) return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }
}
