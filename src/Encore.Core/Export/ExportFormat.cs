namespace Encore.Export;

/// <summary>The download formats AO3 readers know. EPUB and HTML are written by Encore; the rest by Calibre.</summary>
public enum ExportFormat { Epub, Html, Pdf, Azw3, Mobi }

public static class ExportFormats
{
    public static readonly IReadOnlyList<ExportFormat> All = [ExportFormat.Epub, ExportFormat.Azw3, ExportFormat.Mobi, ExportFormat.Pdf, ExportFormat.Html];

    public static string Extension(this ExportFormat format) => format.ToString().ToLowerInvariant();

    // What readers see in menus: AO3's own labels.
    public static string Label(this ExportFormat format) => format.ToString().ToUpperInvariant();

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Epub => "application/epub+zip",
        ExportFormat.Html => "text/html; charset=utf-8",
        ExportFormat.Pdf => "application/pdf",
        ExportFormat.Azw3 => "application/vnd.amazon.ebook",
        ExportFormat.Mobi => "application/x-mobipocket-ebook",
        _ => "application/octet-stream",
    };

    // PDF, AZW3 and MOBI are converted from the EPUB by Calibre's ebook-convert, as AO3 does.
    public static bool NeedsCalibre(this ExportFormat format) => format is ExportFormat.Pdf or ExportFormat.Azw3 or ExportFormat.Mobi;

    public static bool TryParse(string? text, out ExportFormat format)
    {
        foreach (var f in All)
            if (string.Equals(text, f.Extension(), StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        format = default;
        return false;
    }

    public static string Choices => string.Join(", ", All.Select(f => f.Extension()));
}
