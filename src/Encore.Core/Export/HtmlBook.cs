using System.Text;

namespace Encore.Export;

/// <summary>
/// Writes a work as one self-contained HTML file that reads well offline: the same preface, chapters and afterword as
/// the EPUB, a contents list for a work of several chapters, and the stylesheet inline (a downloaded file is opened
/// from disk, where the site's Content-Security-Policy does not apply). Images stay images, loaded when online.
/// </summary>
public static class HtmlBook
{
    public static string Write(Book book)
    {
        var pages = new BookPages(book, epub: false);
        var markup = new EpubMarkup(new XhtmlOutput(new StringBuilder(book.Chapters.Sum(c => c.Content.Length) + 16_384)),
            new MarkupOptions(ImagesAsLinks: false, book.SiteUri));
        var o = markup.Output;
        o.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Element("title", book.Title).Raw("\n<style>\n").Raw(Stylesheet.Html).Raw("\n</style>\n</head>\n<body>\n");
        pages.Preface(markup);
        if (book.MultiChapter)
        {
            o.Raw("<nav class=\"contents\" aria-label=\"Contents\"><h2>Contents</h2><ol>");
            foreach (var chapter in book.Chapters) o.Raw("<li>").Link($"#chapter-{chapter.Position}", chapter.Heading).Raw("</li>");
            o.Raw("</ol></nav>\n");
        }
        foreach (var chapter in book.Chapters)
        {
            pages.Chapter(markup, chapter, CreatorFragment.Parse(chapter.Content).Nodes(), first: true, last: true);
            o.Raw("\n");
        }
        pages.Afterword(markup);
        o.Raw("\n</body>\n</html>\n");
        return markup.Anchors.Resolve(o.ToString(), "book.html", [("book.html", markup.Anchors)]);
    }
}
