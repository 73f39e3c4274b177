using System.Globalization;
using System.Text.RegularExpressions;

namespace Encore.Export;

// A work's language as a BCP 47 tag e-readers and epubcheck accept, its direction and its name.
public static partial class BookLanguage
{
    public const string Undetermined = "und";

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Tag();

    // The language field is free text; anything that is not a well-formed tag becomes "und" (undetermined).
    public static string Normalize(string? code)
    {
        var trimmed = code?.Trim().Replace('_', '-') ?? "";
        return IsWellFormed(trimmed) ? trimmed : Undetermined;
    }

    public static bool IsWellFormed(string code) => code.Length <= 35 && Tag().IsMatch(code);

    public static bool IsRightToLeft(string code) => Culture(code)?.TextInfo.IsRightToLeft ?? false;

    public static bool IsEnglish(string code) => code == "en" || code.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    // The language's own name ("Deutsch", "العربية"), as the work page shows it.
    public static string Name(string code)
    {
        var culture = Culture(code);
        if (culture == null || culture.Name.Length == 0) return code;
        var native = culture.NativeName;
        return char.ToUpper(native[0], culture) + native[1..];
    }

    private static CultureInfo? Culture(string code)
    {
        try
        {
            return IsWellFormed(code) ? CultureInfo.GetCultureInfo(code) : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
