using System.Buffers;
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
    // Every white-space character but the plain space, which is copied as it is when it stands alone.
    private static readonly SearchValues<char> OtherSpace =
        SearchValues.Create("\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny('<', '&');
            var end = next < 0 ? html.Length : i + next;
            AppendRun(text, html.AsSpan(i, end - i));
            if (end == html.Length) break;
            i = html[end] == '<' ? SkipTag(html, end, text) : Entity(html, end, text);
        }
        return text.ToString().Trim();
    }

    private static int Entity(string html, int at, StringBuilder text)
    {
        var end = html.IndexOf(';', at + 1, Math.Min(12, html.Length - at - 1));
        if (end < 0)
        {
            AppendChar(text, '&');
            return at + 1;
        }
        foreach (var d in WebUtility.HtmlDecode(html.Substring(at, end - at + 1))) AppendChar(text, d);
        return end + 1;
    }

    // Text between tags: copied whole when its only white space is single plain spaces (the usual case), else
    // character by character.
    private static void AppendRun(StringBuilder text, ReadOnlySpan<char> run)
    {
        if (run.IsEmpty) return;
        if (run.IndexOfAny(OtherSpace) >= 0 || run.IndexOf("  ") >= 0)
        {
            foreach (var c in run) AppendChar(text, c);
            return;
        }
        if (run[0] == ' ')
        {
            AppendChar(text, ' ');
            run = run[1..];
        }
        text.Append(run);
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
