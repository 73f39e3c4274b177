using AngleSharp.Html.Parser;

namespace Encore.Text;

// Counts words as AO3 readers expect: runs of letters and digits (with inner apostrophes and hyphens) are one word
// each, and every Chinese, Japanese or Thai character counts as a word since those scripts do not use spaces.
public static class WordCounter
{
    public static int CountHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return 0;
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var total = 0;
        foreach (var node in nodes) total += Count(node.TextContent);
        return total;
    }

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
