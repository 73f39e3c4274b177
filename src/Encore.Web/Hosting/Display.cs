using System.Collections.Concurrent;
using System.Globalization;
using Encore.Tags;

namespace Encore.Web;

public static class Display
{
    public static string Date(DateTime utc) => utc.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    public static string IsoDate(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    // Every list page names each language of its works in the sidebar and blurbs; looking a culture up (and, for an
    // unknown code, catching the exception) each time showed in profiles. Codes are few; the bound is for safety.
    private static readonly ConcurrentDictionary<string, string> LanguageNames = new();

    public static string Language(string code)
    {
        if (LanguageNames.TryGetValue(code, out var known)) return known;
        var name = LanguageName(code);
        if (LanguageNames.Count < 1_000) LanguageNames[code] = name;
        return name;
    }

    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            var native = culture.NativeName;
            return culture.Name.Length == 0 ? code : char.ToUpper(native[0], culture) + native[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string RatingClass(string rating) => "rating-" + FixedTags.RatingSymbol(rating).ToLowerInvariant();
}

public static class ReaderDisplay
{
    // Font sizes come in steps, each a class in site.css (no inline styles under the Content-Security-Policy).
    public static readonly int[] FontSteps = [80, 90, 100, 110, 125, 150, 175, 200];

    public static int FontStep(int percent) => FontSteps.MinBy(s => Math.Abs(s - percent));
}
