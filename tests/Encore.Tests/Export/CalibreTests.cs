using Encore.Export;
using Encore.Tests.Support;
using static Encore.Tests.Export.TestBooks;

namespace Encore.Tests.Export;

// PDF, AZW3 and MOBI through Calibre's ebook-convert (installed by scripts/install-test-tools.sh), from the EPUB.
public class CalibreTests
{
    private static readonly Book Book = Make("Through Calibre", [
        Chapter(1, "<p>First chapter.</p>" + Tables, "One", notes: "<p>Notes.</p>"),
        Chapter(2, Arabic + Emoji + Images, "Two"),
    ], summary: "<p>A summary.</p>");

    [Theory]
    [InlineData(ExportFormat.Pdf)]
    [InlineData(ExportFormat.Azw3)]
    [InlineData(ExportFormat.Mobi)]
    public async Task Each_format_is_made_with_its_own_magic_bytes(ExportFormat format)
    {
        var calibre = Calibre.Find();
        Assert.True(calibre != null, Calibre.Missing);
        using var folder = new TempFolder();
        var path = folder.File("book." + format.Extension());
        await WorkDownloads.WriteAsync(Book, format, path, calibre, default);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000, $"{bytes.Length} bytes");
        Assert.Equal(DownloadTests.Magics[format], DownloadTests.Magic(bytes, format));
    }

    [Fact]
    public async Task A_conversion_that_fails_says_so_and_leaves_no_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.pdf");
        var failing = new Calibre("/bin/false");
        var error = await Assert.ThrowsAsync<ExportException>(() => WorkDownloads.WriteAsync(Book, ExportFormat.Pdf, path, failing, default));
        Assert.Contains("could not make the PDF", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_configured_path_that_does_not_exist_means_no_calibre()
    {
        Assert.Null(Calibre.Find("/nonexistent/ebook-convert"));
        Assert.Equal("/usr/bin/ebook-convert", Calibre.Find("/usr/bin/ebook-convert")?.Executable);
    }
}
