using System.Net;
using System.Text;
using Encore.Text;

namespace Encore.Search;

// The plain text of stored creator HTML, for the full-text index and its snippets. Stored HTML has passed the
// allowlist sanitizer (well-formed, escaped, no script or style), so a linear scan suffices and is what lets the
// index read a whole archive quickly: a full HTML parse would cost several times as much as the indexing itself.
// As for word counts, inline elements join the text on either side ("th<em>ree</em>" is one word) and block
// elements and <br> separate it. Runs of white space become one space, blocks one newline.
public static class StoryText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return Collapse(html);
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                i = SkipTag(html, i, text);
                continue;
            }
            if (c == '&')
            {
                var end = html.IndexOf(';', i + 1, Math.Min(12, html.Length - i - 1));
                if (end > i)
                {
                    var decoded = WebUtility.HtmlDecode(html.Substring(i, end - i + 1));
                    foreach (var d in decoded) AppendChar(text, d);
                    i = end + 1;
                    continue;
                }
            }
            AppendChar(text, c);
            i++;
        }
        return text.ToString().Trim();
    }

    private static string Collapse(string s)
    {
        var text = new StringBuilder(s.Length);
        foreach (var c in s) AppendChar(text, c);
        return text.ToString().Trim();
    }

    private static void AppendChar(StringBuilder text, char c)
    {
        if (!char.IsWhiteSpace(c)) { text.Append(c); return; }
        if (text.Length > 0 && !char.IsWhiteSpace(text[^1])) text.Append(' ');
    }

    // Skips one tag (or comment) starting at '<' and writes a break for block elements; returns the index after it.
    private static int SkipTag(string html, int at, StringBuilder text)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        var i = at + 1;
        if (i < html.Length && html[i] == '/') i++;
        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i])) i++;
        if (i == nameStart)
        {
            // A lone "<" is text (the sanitizer escapes it, but unsanitized text may reach here too).
            AppendChar(text, '<');
            return at + 1;
        }
        var name = html.AsSpan(nameStart, i - nameStart);
        char quote = '\0';
        while (i < html.Length)
        {
            var c = html[i++];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') break;
        }
        Span<char> lower = stackalloc char[Math.Min(name.Length, 16)];
        name[..lower.Length].ToLowerInvariant(lower);
        if (name.Length <= 16 && WordCounter.BreaksWords(lower.ToString()))
        {
            if (text.Length > 0 && text[^1] == ' ') text[^1] = '\n';
            else if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
        }
        return i;
    }
}
