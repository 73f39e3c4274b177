using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Encore.Export;

/// <summary>Writes a work as an EPUB 3 book that epubcheck passes without errors or warnings.</summary>
public static class EpubWriter
{
    // Older e-readers (Adobe's engine among them) choke on documents much over 300 KB, so a very long chapter is
    // split into parts of about this many characters of text, at the boundaries between its paragraphs.
    internal const int PartCharacters = 200_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Book book, Stream destination)
    {
        var documents = Documents(book);
        var written = new string[documents.Count];
        // Documents are independent until their links are resolved: write them on every core.
        Parallel.For(0, documents.Count, i => documents[i].Write());
        var anchors = documents.Select(d => (d.File, d.Markup.Anchors)).ToList();
        for (var i = 0; i < documents.Count; i++) written[i] = documents[i].Markup.Anchors.Resolve(documents[i].Text, documents[i].File, anchors);

        var modified = book.UpdatedAt < new DateTime(1980, 1, 2) ? new DateTime(1980, 1, 2) : book.UpdatedAt;
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        // The mimetype entry comes first and is stored, not compressed, so tools can recognise the file by its bytes.
        Add(zip, "mimetype", "application/epub+zip", modified, CompressionLevel.NoCompression);
        Add(zip, "META-INF/container.xml", EpubPackageFiles.Container, modified);
        Add(zip, "EPUB/content.opf", EpubPackageFiles.Opf(book, documents), modified);
        Add(zip, "EPUB/nav.xhtml", EpubPackageFiles.Nav(book, documents), modified);
        Add(zip, "EPUB/toc.ncx", EpubPackageFiles.Ncx(book, documents), modified);
        Add(zip, "EPUB/style.css", Stylesheet.Epub, modified);
        for (var i = 0; i < documents.Count; i++) Add(zip, "EPUB/" + documents[i].File, written[i], modified);
    }

    public static byte[] Write(Book book)
    {
        using var buffer = new MemoryStream();
        Write(book, buffer);
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, DateTime modified, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = modified;
        using var stream = entry.Open();
        var bytes = Utf8.GetBytes(text);
        stream.Write(bytes);
    }

    // The book's documents in reading order: preface, each chapter (long ones in parts), afterword.
    private static List<EpubDocument> Documents(Book book)
    {
        var pages = new BookPages(book, epub: true);
        var options = new MarkupOptions(ImagesAsLinks: true, book.SiteUri);
        var english = "en";
        var documents = new List<EpubDocument> { new("preface.xhtml", "Preface", english, false, options, pages.Preface) };
        var texts = new XElement[book.Chapters.Count];
        Parallel.For(0, texts.Length, i => texts[i] = CreatorFragment.Parse(book.Chapters[i].Content));
        var rtl = BookLanguage.IsRightToLeft(book.Language);
        for (var i = 0; i < book.Chapters.Count; i++)
        {
            var chapter = book.Chapters[i];
            var parts = ChapterParts.Split(texts[i], chapter.Content.Length);
            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                var (first, last) = (p == 0, p == parts.Count - 1);
                var file = p == 0 ? $"chapter-{chapter.Position:000}.xhtml" : $"chapter-{chapter.Position:000}-{p + 1}.xhtml";
                documents.Add(new EpubDocument(file, pages.ChapterTitle(chapter), book.Language, rtl, options,
                    m => pages.Chapter(m, chapter, part, first, last)) { Chapter = first ? chapter : null });
            }
        }
        documents.Add(new EpubDocument("afterword.xhtml", "Afterword", english, false, options, pages.Afterword));
        return documents;
    }
}
