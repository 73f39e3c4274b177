using System.Text;
using AngleSharp.Dom;

namespace Encore.Text;

// Counts words as AO3 readers expect: runs of letters and digits (with inner apostrophes and hyphens) are one word
// each, and every Chinese, Japanese or Thai character counts as a word since those scripts do not use spaces.
public static class WordCounter
{
    // Inline elements join the text on either side ("<em>wo</em>rd" is one word); these separate it.
    private static readonly HashSet<string> Breaking =
    [
        "address", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "img", "li", "ol", "p", "pre", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "center",
    ];

    public static bool BreaksWords(string element) => Breaking.Contains(element);

    // The text of creator HTML with a blank line between paragraphs and other blocks, and a newline for <br>.
    public static string PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var text = new StringBuilder(html.Length);
        AppendBlocks(HtmlFragment.ParseBody(html), text);
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines), "\n{3,}", "\n\n").Trim();
    }

    private static void AppendBlocks(INode node, StringBuilder text)
    {
        for (var child = node.FirstChild; child != null; child = child.NextSibling)
        {
            if (child is IText t) text.Append(t.Data.Replace('\n', ' '));
            else if (child is IElement e)
            {
                if (e.LocalName == "br") { text.Append('\n'); continue; }
                var block = Breaking.Contains(e.LocalName);
                if (block) text.Append("\n\n");
                AppendBlocks(e, text);
                if (block) text.Append("\n\n");
            }
        }
    }

    // Block elements and <br> separate words; inline elements join them ("th<em>ree</em>" is one word).
    public static int CountHtml(string? html) => Count(PlainText(html));

    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsCharacterWord(c))
            {
                words++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (!inWord) words++;
                inWord = true;
            }
            else if (inWord && c is '\'' or '’' or '-' or '_')
            {
                // "don't" and "well-known" stay one word; a following non-letter ends it anyway.
            }
            else inWord = false;
        }
        return words;
    }

    private static bool IsCharacterWord(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'   // CJK unified ideographs
            or >= '\u3400' and <= '\u4DBF' // extension A
            or >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u0E00' and <= '\u0E7F' // Thai
            or >= '\uF900' and <= '\uFAFF';
}
