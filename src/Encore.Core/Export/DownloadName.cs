using System.Globalization;
using System.Text;

namespace Encore.Export;

// A download's file name is the work's title, as on AO3 ("Title.epub"): an ASCII form for every browser and HTTP
// header (accents taken off, other characters dropped), and the title itself in the header's UTF-8 filename*.
public static class DownloadName
{
    private const int MaxLength = 80;

    public static string Ascii(string title, int workId)
    {
        var text = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ',' or '\'' or '(' or ')' or '!' or '&' or '+') text.Append(c);
            else if (char.IsWhiteSpace(c) || c is '.' or '/' or ':' or '\\') text.Append(' ');
        }
        var name = Shorten(string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return name.Length == 0 ? $"Work {workId}" : name;
    }

    public static string Unicode(string title, int workId)
    {
        var text = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|') text.Append(' ');
            else text.Append(c);
        }
        var name = Shorten(string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' '));
        return name.Length == 0 ? $"Work {workId}" : name;
    }

    public static string ContentDisposition(string title, int workId, ExportFormat format) =>
        $"attachment; filename=\"{Ascii(title, workId)}.{format.Extension()}\"; " +
        $"filename*=UTF-8''{Uri.EscapeDataString(Unicode(title, workId) + "." + format.Extension())}";

    // Cut at a word where one is near, never inside a surrogate pair or a combined character.
    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength) return name;
        var info = new StringInfo(name);
        var cut = info.LengthInTextElements > MaxLength ? info.SubstringByTextElements(0, MaxLength) : name;
        var space = cut.LastIndexOf(' ');
        return (space > MaxLength / 2 ? cut[..space] : cut).Trim();
    }
}
