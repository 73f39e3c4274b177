using System.Globalization;
using System.Text.RegularExpressions;

namespace Encore.Import;

// "Chapter 3: The Fall", "Ch. 3 - Title", "Part Two", "~ Chapter One ~", "Chapter 3 of 5", "Prologue", "Epilogue: After".
public sealed partial record ChapterHeading(string Word, int? Number, int? Total, bool TotalUnknown, string? Subtitle, string Line)
{
    private static readonly string[] Numbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];
    private static readonly string[] Ordinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];

    [GeneratedRegex(@"^[\s~*=#_.|\-]*(?<word>chapter|chap\.?|ch\.?|part|book|section|act)\s*(?<num>\d{1,3}|[ivxlc]{1,7}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(\s*(of|/)\s*(?<total>\d{1,3}|\?))?\s*(?:[:.\-–—)|]+\s*(?<title>.*?))?[\s~*=#_|\-]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^[\s~*=#_.|\-]*(?<word>prologue|epilogue|interlude|coda)\s*(?:[:.\-–—|]+\s*(?<title>.*?))?[\s~*=#_|\-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    public static ChapterHeading? Parse(string line)
    {
        if (line.Length > 120 || line.Contains('\n')) return null;
        var m = Numbered().Match(line);
        if (m.Success)
        {
            var total = m.Groups["total"].Value;
            return new ChapterHeading(m.Groups["word"].Value, ParseNumber(m.Groups["num"].Value),
                int.TryParse(total, out var t) ? t : null, total == "?", Blank(m.Groups["title"].Value), line.Trim());
        }
        m = Named().Match(line);
        return m.Success ? new ChapterHeading(m.Groups["word"].Value, null, null, false, Blank(m.Groups["title"].Value), line.Trim()) : null;
    }

    // AO3 shows "Chapter 3: Title": the title is the heading's own words, or the whole heading when it is not a
    // plain "Chapter N" ("Part Two", "Prologue").
    public string? Title
    {
        get
        {
            if (Subtitle != null) return Word.StartsWith("ch", StringComparison.OrdinalIgnoreCase) ? Subtitle : Trimmed(Line);
            return Word.StartsWith("ch", StringComparison.OrdinalIgnoreCase) ? null : Trimmed(Line);
        }
    }

    private static string Trimmed(string line) => line.Trim(' ', '~', '*', '=', '#', '_', '|', '-');

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static int? ParseNumber(string s)
    {
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var lower = s.ToLowerInvariant();
        var word = Array.IndexOf(Numbers, lower);
        if (word >= 0) return word;
        var ordinal = Array.IndexOf(Ordinals, lower);
        if (ordinal >= 0) return ordinal;
        return Roman(lower);
    }

    private static int? Roman(string s)
    {
        var values = new Dictionary<char, int> { ['i'] = 1, ['v'] = 5, ['x'] = 10, ['l'] = 50, ['c'] = 100 };
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!values.TryGetValue(s[i], out var v)) return null;
            total += i + 1 < s.Length && values.TryGetValue(s[i + 1], out var next) && next > v ? -v : v;
        }
        return total;
    }
}
