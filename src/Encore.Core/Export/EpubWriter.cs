using System.Xml.Linq;

namespace Encore.Export;

/// <summary>Writes a work as an EPUB 3 book that epubcheck passes without errors or warnings.</summary>
public static class EpubWriter
{
    // Older e-readers (Adobe's engine among them) choke on documents much over 300 KB, so a very long chapter is
    // split into parts of about this many characters of text, at the boundaries between its paragraphs.
    internal const int PartCharacters = 200_000;

    public static void Write(Book book, Stream destination)
    {
        var documents = Documents(book);
        // Documents are independent until their links are resolved: written, then compressed, on every core.
        Parallel.For(0, documents.Count, i => documents[i].Write());
        var anchors = documents.Select(d => (d.File, d.Markup.Anchors)).ToList();
        List<(string Name, string Text)> files =
        [
            ("META-INF/container.xml", EpubPackageFiles.Container),
            ("EPUB/content.opf", EpubPackageFiles.Opf(book, documents)),
            ("EPUB/nav.xhtml", EpubPackageFiles.Nav(book, documents)),
            ("EPUB/toc.ncx", EpubPackageFiles.Ncx(book, documents)),
            ("EPUB/style.css", Stylesheet.Epub),
            .. documents.Select(d => ("EPUB/" + d.File, d.Markup.Anchors.Resolve(d.Text, d.File, anchors))),
        ];
        var entries = new ZipEntry[files.Count + 1];
        // The mimetype entry comes first and is stored, not compressed, so tools can recognise the file by its bytes.
        entries[0] = ZipEntry.Stored("mimetype", "application/epub+zip");
        Parallel.For(0, files.Count, i => entries[i + 1] = ZipEntry.Compressed(files[i].Name, files[i].Text));
        EpubZip.Write(destination, entries, book.UpdatedAt);
    }

    public static byte[] Write(Book book)
    {
        using var buffer = new MemoryStream();
        Write(book, buffer);
        return buffer.ToArray();
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
