using Encore.Data;
using Encore.People;
using Encore.Works;

namespace Encore.Export;

/// <summary>
/// Downloads of works: which formats are offered, which works may be downloaded by whom, and the files themselves
/// (made once per version of a work and kept in the cache). One per web node.
/// </summary>
public sealed class WorkDownloads(ExportCache cache, Calibre? calibre)
{
    public Calibre? Calibre => calibre;

    /// <summary>EPUB and HTML always; PDF, AZW3 and MOBI when Calibre is installed.</summary>
    public IReadOnlyList<ExportFormat> Formats { get; } = ExportFormats.All.Where(f => !f.NeedsCalibre() || calibre != null).ToList();

    public bool Offers(ExportFormat format) => Formats.Contains(format);

    /// <summary>
    /// The book of a work this reader may download, or null: a work the reader may not open (the work page's rule,
    /// WorkReading), and any draft or work an administrator hid, even for the creators who may still open them.
    /// </summary>
    public static async Task<Book?> LoadAsync(EncoreDb db, int workId, Reader reader, ArchiveLinks links, CancellationToken ct = default)
    {
        var work = await WorkReading.LoadAsync(db, workId, reader, ct);
        return work != null && IsDownloadable(work) ? Book.From(work, links) : null;
    }

    public static bool IsDownloadable(Work work) => !work.IsDraft && work.HiddenReason == null && work.Chapters.Count > 0;

    public Task<ExportFile> GetAsync(Book book, ExportFormat format, CancellationToken ct = default)
    {
        if (!Offers(format)) throw new ExportException($"{format.Label()} downloads need {Calibre.Missing}");
        return cache.GetOrMakeAsync(book.WorkId, format, book.Version(), (path, token) => WriteAsync(book, format, path, calibre, token), ct);
    }

    /// <summary>Writes the book in a format to a file (the cache's, or the one `encore export` was given).</summary>
    public static async Task WriteAsync(Book book, ExportFormat format, string path, Calibre? calibre, CancellationToken ct)
    {
        switch (format)
        {
            case ExportFormat.Epub:
                await using (var file = File.Create(path)) EpubWriter.Write(book, file);
                return;
            case ExportFormat.Html:
                await File.WriteAllTextAsync(path, HtmlBook.Write(book), ct);
                return;
        }
        if (calibre == null) throw new ExportException($"{format.Label()} needs {Calibre.Missing}");
        // Calibre reads the EPUB Encore wrote (from its own temporary folder: it names its output after the input).
        var folder = Directory.CreateTempSubdirectory("encore-convert-");
        try
        {
            var epub = Path.Combine(folder.FullName, "book.epub");
            await using (var file = File.Create(epub)) EpubWriter.Write(book, file);
            var converted = Path.Combine(folder.FullName, "book." + format.Extension());
            await calibre.ConvertAsync(epub, converted, format, ct);
            File.Move(converted, path, overwrite: true);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
