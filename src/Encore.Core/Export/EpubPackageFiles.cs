using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Encore.Export;

// The EPUB's package files: the container pointer, the package document (metadata, manifest, reading order), the
// EPUB 3 navigation document, and an NCX table of contents for EPUB 2 readers (older Kobo and Sony firmware,
// Adobe Digital Editions 2), which EPUB 3 permits and epubcheck accepts.
internal static class EpubPackageFiles
{
    public const string Container =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n" +
        "<rootfiles><rootfile full-path=\"EPUB/content.opf\" media-type=\"application/oebps-package+xml\" /></rootfiles>\n</container>\n";

    public static string Opf(Book book, IReadOnlyList<EpubDocument> documents)
    {
        var o = new XhtmlOutput();
        o.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Open("package").Attr("xmlns", "http://www.idpf.org/2007/opf").Attr("version", "3.0").Attr("unique-identifier", "uid")
            .Attr("xml:lang", book.Language).End()
            .Raw("\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
            .Open("dc:identifier").Attr("id", "uid").End().Escape(book.Identifier).Raw("</dc:identifier>\n")
            .Element("dc:title", book.Title).Raw("\n")
            .Element("dc:language", book.Language).Raw("\n");
        for (var i = 0; i < book.Creators.Count; i++)
        {
            o.Open("dc:creator").Attr("id", $"creator{i + 1}").End().Escape(book.Creators[i].Text).Raw("</dc:creator>\n")
                .Raw($"<meta refines=\"#creator{i + 1}\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
        }
        if (book.Summary != null) o.Element("dc:description", Description(book.Summary)).Raw("\n");
        foreach (var subject in book.Subjects.Distinct()) o.Element("dc:subject", subject).Raw("\n");
        o.Element("dc:date", BookPages.Date(book.PublishedAt)).Raw("\n")
            .Element("dc:source", book.WorkUrl).Raw("\n")
            .Raw("<meta property=\"dcterms:modified\">")
            .Escape(book.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Raw("</meta>\n");
        for (var i = 0; i < book.Series.Count; i++)
        {
            var id = $"series{i + 1}";
            o.Open("meta").Attr("property", "belongs-to-collection").Attr("id", id).End().Escape(book.Series[i].Title).Raw("</meta>\n")
                .Raw($"<meta refines=\"#{id}\" property=\"collection-type\">series</meta>\n")
                .Raw($"<meta refines=\"#{id}\" property=\"group-position\">{book.Series[i].Position}</meta>\n");
        }
        o.Raw("</metadata>\n<manifest>\n")
            .Raw("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\" />\n")
            .Raw("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\" />\n")
            .Raw("<item id=\"css\" href=\"style.css\" media-type=\"text/css\" />\n");
        for (var i = 0; i < documents.Count; i++)
            o.Raw($"<item id=\"d{i + 1}\" href=\"{documents[i].File}\" media-type=\"application/xhtml+xml\" />\n");
        o.Raw("</manifest>\n<spine toc=\"ncx\"").Raw(BookLanguage.IsRightToLeft(book.Language) ? " page-progression-direction=\"rtl\"" : "").Raw(">\n");
        for (var i = 0; i < documents.Count; i++) o.Raw($"<itemref idref=\"d{i + 1}\" />\n");
        return o.Raw("</spine>\n</package>\n").ToString();
    }

    public static string Nav(Book book, IReadOnlyList<EpubDocument> documents)
    {
        var o = new XhtmlOutput();
        o.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n")
            .Raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
            .Element("title", book.Title).Raw("\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\" />\n</head>\n<body>\n")
            .Raw("<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n");
        foreach (var (file, title) in Contents(documents)) o.Raw("<li>").Link(file, title).Raw("</li>\n");
        o.Raw("</ol>\n</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n")
            .Raw("<li><a epub:type=\"frontmatter\" href=\"preface.xhtml\">Preface</a></li>\n")
            .Raw($"<li><a epub:type=\"bodymatter\" href=\"{documents[1].File}\">Start of the work</a></li>\n")
            .Raw("<li><a epub:type=\"backmatter\" href=\"afterword.xhtml\">Afterword</a></li>\n</ol>\n</nav>\n</body>\n</html>\n");
        return o.ToString();
    }

    public static string Ncx(Book book, IReadOnlyList<EpubDocument> documents)
    {
        var o = new XhtmlOutput();
        o.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n<head>\n")
            .Open("meta").Attr("name", "dtb:uid").Attr("content", book.Identifier).EndVoid()
            .Raw("\n<meta name=\"dtb:depth\" content=\"1\" />\n<meta name=\"dtb:totalPageCount\" content=\"0\" />\n")
            .Raw("<meta name=\"dtb:maxPageNumber\" content=\"0\" />\n</head>\n<docTitle><text>").Escape(book.Title).Raw("</text></docTitle>\n<navMap>\n");
        var order = 0;
        foreach (var (file, title) in Contents(documents))
        {
            order++;
            o.Raw($"<navPoint id=\"p{order}\" playOrder=\"{order}\"><navLabel><text>").Escape(title)
                .Raw("</text></navLabel>").Open("content").Attr("src", file).EndVoid().Raw("</navPoint>\n");
        }
        return o.Raw("</navMap>\n</ncx>\n").ToString();
    }

    // Preface, each chapter (its first part), afterword.
    private static IEnumerable<(string File, string Title)> Contents(IReadOnlyList<EpubDocument> documents) =>
        documents.Where((d, i) => i == 0 || i == documents.Count - 1 || d.Chapter != null).Select(d => (d.File, d.Title));

    // The summary as plain text, a blank line between its paragraphs: dc:description holds text, not markup.
    internal static string Description(string html)
    {
        var text = new StringBuilder();
        Append(CreatorFragment.Parse(html), text);
        return string.Join("\n\n", text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t) text.Append(t.Value.Replace('\n', ' '));
            else if (node is XElement e)
            {
                if (e.Name.LocalName == "br") { text.Append('\n'); continue; }
                Append(e, text);
                if (e.Name.LocalName is "p" or "div" or "blockquote" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "tr")
                    text.Append('\n');
            }
        }
    }
}
