namespace Encore.Import;

// What the importer knows beyond the post itself: the archive's fandoms (so "SMASH" files under "Smash (TV 2012)")
// and a fandom given on the command line.
public sealed class PostContext
{
    public IReadOnlyList<string> KnownFandoms { get; init; } = [];
    public string? DefaultFandom { get; init; }

    // When set, every post read is also analysed and its report carries the suggestions.
    public Understanding.TextAnalyzer? Analyzer { get; init; }

    public static readonly PostContext Empty = new();

    // "SMASH" and "Smash" match "Smash (TV 2012)"; "Sherlock Holmes" matches "Sherlock Holmes - Arthur Conan Doyle".
    public string ResolveFandom(string stated)
    {
        var s = stated.Trim();
        var exact = KnownFandoms.FirstOrDefault(f => f.Equals(s, StringComparison.OrdinalIgnoreCase));
        if (exact != null) return exact;
        var bare = KnownFandoms.Where(f => BaseName(f).Equals(BaseName(s), StringComparison.OrdinalIgnoreCase)).ToList();
        return bare.Count == 1 ? bare[0] : s;
    }

    public string? KnownFandom(string stated)
    {
        var resolved = ResolveFandom(stated);
        return KnownFandoms.Contains(resolved) ? resolved : null;
    }

    // Fandoms of the archive named in a note ("Smash has been depressing lately"), matched as whole words.
    public IEnumerable<string> FandomsMentionedIn(string text) =>
        KnownFandoms.Where(f => BaseName(f).Length >= 4 && Text.WholeWords.Contain(text, BaseName(f)));

    public static string BaseName(string fandom)
    {
        var s = fandom;
        var paren = s.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0) s = s[..paren];
        var dash = s.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0) s = s[..dash];
        return s.Trim();
    }
}
