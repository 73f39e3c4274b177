namespace Encore.Tags;

// AO3 escapes characters that would break a URL path segment ("Derek/Karen" -> "Derek*s*Karen");
// links shared by readers keep working when they use the same scheme. '*' is forbidden in tag names, so the
// escapes never collide with a real name.
public static class TagUrl
{
    private static readonly (string Raw, string Escaped)[] Pairs =
    [
        ("/", "*s*"), ("&", "*a*"), (".", "*d*"), ("?", "*q*"), ("#", "*h*"),
    ];

    public static string Escape(string name)
    {
        var s = name;
        foreach (var (raw, escaped) in Pairs) s = s.Replace(raw, escaped);
        // '*' is legal in a path segment; leaving it unescaped keeps AO3-style links readable.
        return Uri.EscapeDataString(s).Replace("%2A", "*");
    }

    public static string Unescape(string segment)
    {
        var s = segment;
        foreach (var (raw, escaped) in Pairs) s = s.Replace(escaped, raw);
        return s;
    }
}
