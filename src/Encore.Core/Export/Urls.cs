using System.Globalization;

namespace Encore.Export;

// Addresses and numbers from creator HTML, in the forms XHTML and epubcheck accept, or null.
internal static class Urls
{
    public static readonly string[] LinkSchemes = ["http", "https", "mailto", "ftp"];
    public static readonly string[] ImageSchemes = ["http", "https"];

    // An absolute URL with an allowed scheme, escaped as it must be in XML ("a b" → "a%20b"); a relative one
    // ("/works/12") made absolute against the archive when there is one, since it means nothing inside a book.
    public static string? Absolute(string? value, string[] schemes, Uri? site)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && !IsUnixPath(trimmed, uri))
            return schemes.Contains(uri.Scheme) ? uri.AbsoluteUri : null;
        if (site != null && Uri.TryCreate(site, trimmed, out var resolved) && resolved.Scheme is "http" or "https")
            return resolved.AbsoluteUri;
        return null;
    }

    // On Unix "/works/12" parses as an absolute file: URI; it is a path on the archive.
    private static bool IsUnixPath(string value, Uri uri) => uri.IsFile && value.StartsWith('/');

    public static int? Number(string? value, int min, int max) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    public static int? SignedNumber(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
