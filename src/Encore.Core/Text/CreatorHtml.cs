using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Encore.Text;

// The one allowlist every piece of creator-written HTML passes through before it is stored (AO3's list, see
// shared/AO3-REFERENCE.md). Output is well-formed XHTML-compatible markup, so the same text can go into an EPUB.
public static partial class CreatorHtml
{
    // Past this depth elements are unwrapped: the text survives, the nesting (a common attack on parsers) does not.
    private const int MaxDepth = 64;

    private static readonly HashSet<string> Allowed =
    [
        "a", "abbr", "acronym", "address", "b", "big", "blockquote", "br", "caption", "center", "cite", "code", "col",
        "colgroup", "details", "figcaption", "figure", "dd", "del", "dfn", "div", "dl", "dt", "em", "h1", "h2", "h3",
        "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
        "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "tt", "u", "ul", "var",
    ];

    // Removed together with everything inside them.
    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "iframe", "svg", "math", "noscript", "noembed", "noframes", "plaintext", "xmp", "object",
        "embed", "template", "head", "title", "frameset", "frame", "applet", "base", "link", "meta", "textarea", "select",
        "button", "input", "form",
    ];

    private static readonly HashSet<string> Void = ["br", "hr", "img", "col"];
    private static readonly string[] GlobalAttributes = ["align", "dir", "lang", "title"];

    private static readonly Dictionary<string, string[]> ElementAttributes = new()
    {
        ["a"] = ["href", "name"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["col"] = ["span", "width"],
        ["colgroup"] = ["span", "width"],
        ["details"] = ["open"],
        ["hr"] = ["align", "width"],
        ["img"] = ["align", "alt", "border", "height", "src", "width"],
        ["ol"] = ["start", "type"],
        ["ul"] = ["type"],
        ["table"] = ["border", "summary", "width"],
        ["td"] = ["abbr", "axis", "colspan", "height", "rowspan", "width"],
        ["th"] = ["abbr", "axis", "colspan", "height", "rowspan", "width", "scope"],
    };

    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "ftp"];
    private static readonly string[] ImageSchemes = ["http", "https"];

    [GeneratedRegex(@"^[a-zA-Z][\w-]+$")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();

    /// <summary>Returns the allowed subset of <paramref name="html"/>. <paramref name="allowClass"/> is true for work text and notes.</summary>
    public static string Sanitize(string? html, bool allowClass = true) => Clean(html, allowClass, countWords: false).Html;

    /// <summary>Sanitizes and counts the words of the result in the same pass (one parse instead of two).</summary>
    public static (string Html, int Words) SanitizeAndCount(string? html)
    {
        var (clean, text) = Clean(html, allowClass: true, countWords: true);
        return (clean, WordCounter.Count(text));
    }

    private static (string Html, string Text) Clean(string? html, bool allowClass, bool countWords)
    {
        if (string.IsNullOrWhiteSpace(html)) return ("", "");
        var writer = new Writer(new StringBuilder(html.Length), countWords ? new StringBuilder(html.Length) : null, allowClass);
        for (var node = HtmlFragment.ParseBody(html).FirstChild; node != null; node = node.NextSibling)
            Write(node, writer, 0);
        return (writer.Output.ToString().Trim(), writer.Text?.ToString() ?? "");
    }

    // The sanitized markup, and (when counting words) the plain text with a space wherever a block element breaks it.
    private sealed record Writer(StringBuilder Output, StringBuilder? Text, bool AllowClass);

    private static void Write(INode node, Writer writer, int depth)
    {
        switch (node)
        {
            case IText text:
                AppendEscaped(writer.Output, text.Data);
                writer.Text?.Append(text.Data);
                return;
            case IElement element:
                var breaks = writer.Text != null && WordCounter.BreaksWords(element.LocalName);
                if (breaks) writer.Text!.Append(' ');
                WriteElement(element, writer, depth);
                if (breaks) writer.Text!.Append(' ');
                return;
            // Comments, processing instructions and doctypes are dropped.
        }
    }

    private static void WriteElement(IElement element, Writer writer, int depth)
    {
        var output = writer.Output;
        var allowClass = writer.AllowClass;
        var name = element.LocalName;
        if (Dropped.Contains(name) || element.NamespaceUri is not (null or "http://www.w3.org/1999/xhtml")) return;

        var keep = Allowed.Contains(name) && depth < MaxDepth;
        if (keep)
        {
            output.Append('<').Append(name);
            WriteAttributes(element, output, allowClass);
            if (Void.Contains(name))
            {
                output.Append(" />");
                return;
            }
            output.Append('>');
        }
        for (var child = element.FirstChild; child != null; child = child.NextSibling)
            Write(child, writer, keep ? depth + 1 : depth);
        if (keep) output.Append("</").Append(name).Append('>');
    }

    private static void WriteAttributes(IElement element, StringBuilder output, bool allowClass)
    {
        var name = element.LocalName;
        var perElement = ElementAttributes.GetValueOrDefault(name) ?? [];
        var linked = false;
        foreach (var attribute in element.Attributes)
        {
            var attr = attribute.LocalName;
            var value = attribute.Value;
            if (attr == "class")
            {
                if (!allowClass) continue;
                var classes = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => ClassName().IsMatch(c)).ToList();
                if (classes.Count == 0) continue;
                value = string.Join(' ', classes);
            }
            else if (!GlobalAttributes.Contains(attr) && !perElement.Contains(attr)) continue;

            if (attr is "href" or "cite" && !SafeUrl(value, LinkSchemes)) continue;
            if (attr == "src" && !SafeUrl(value, ImageSchemes, allowRelative: false)) continue;
            if (attr == "dir" && value is not ("ltr" or "rtl" or "auto")) continue;

            output.Append(' ').Append(attr).Append("=\"");
            AppendEscaped(output, value, attribute: true);
            output.Append('"');
            linked |= attr == "href";
        }
        if (linked) output.Append(" rel=\"nofollow\"");
    }

    private static bool SafeUrl(string value, string[] schemes, bool allowRelative = true)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so judge the squeezed form.
        var squeezed = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var match = SchemePrefix().Match(squeezed);
        if (!match.Success) return allowRelative;
        var scheme = match.Value[..^1].ToLowerInvariant();
        return schemes.Contains(scheme);
    }

    private static void AppendEscaped(StringBuilder output, string text, bool attribute = false)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"' when attribute: output.Append("&quot;"); break;
                // XML 1.0 forbids most control characters; dropping them keeps EPUB output valid.
                case < ' ' when c is not ('\n' or '\r' or '\t'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: output.Append(c); break;
            }
        }
    }
}
