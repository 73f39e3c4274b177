using System.Globalization;
using System.Xml.Linq;

namespace Encore.Export;

// The pages of a downloaded work, laid out as AO3 lays out its downloads: a preface (title, creators, tags, stats,
// summary, notes), the chapters (heading, notes, text, end notes) and an afterword (the work's end notes, links back
// to the archive). The EPUB puts each in its own document; the HTML download puts them one after another.
// Labels are English, as on the archive's pages; the creator's text is marked with the work's language and direction.
internal sealed class BookPages(Book book, bool epub)
{
    private readonly bool _rtl = BookLanguage.IsRightToLeft(book.Language);

    public string ChapterTitle(BookChapter chapter) => book.MultiChapter ? chapter.Heading : book.Title;

    public void Preface(EpubMarkup m)
    {
        var o = m.Output;
        Section(o, "frontmatter", "preface");
        Creator(o.Open("h1").Attr("class", "title")).End().Escape(book.Title).Close("h1");
        o.Open("p").Attr("class", "byline").End().Raw("by ");
        Links(o, book.Creators);
        o.Close("p");
        if (book.Gifts.Count > 0) o.Element("p", "for " + string.Join(", ", book.Gifts), "gifts");
        o.Raw("<dl class=\"tags\">");
        foreach (var group in book.Tags)
        {
            o.Element("dt", group.Label + ":").Raw("<dd>");
            Links(o, group.Tags);
            o.Raw("</dd>");
        }
        o.Element("dt", "Language:").Element("dd", book.LanguageName);
        foreach (var series in book.Series)
        {
            o.Element("dt", "Series:").Raw("<dd>").Escape($"Part {series.Position} of ").Link(series.Url, series.Title).Raw("</dd>");
        }
        o.Element("dt", "Stats:").Element("dd", Stats());
        o.Raw("</dl>");
        CreatorBlock(m, "Summary", book.Summary, "summary", "h2");
        CreatorBlock(m, "Notes", book.Notes, "notes", "h2");
        if (book.EndNotes != null) o.Element("p", "(See the end of the work for more notes.)", "jump");
        o.Open("p").Attr("class", "source").End().Escape("Posted originally on the archive at ").Link(book.WorkUrl, book.WorkUrl).Raw(".</p>");
        o.Raw("</section>");
    }

    // A chapter, or one part of a long chapter: the heading and notes open the first part, the end notes close the last.
    public void Chapter(EpubMarkup m, BookChapter chapter, IEnumerable<XNode> text, bool first, bool last)
    {
        var o = m.Output;
        Section(o, "chapter", "chapter", epub ? null : $"chapter-{chapter.Position}");
        if (first)
        {
            o.Open("h2").Attr("class", "heading").End().Escape(ChapterTitle(chapter)).Close("h2");
            CreatorBlock(m, "Chapter Summary", chapter.Summary, "chapter-summary", "h3");
            CreatorBlock(m, "Chapter Notes", chapter.Notes, "chapter-notes", "h3");
        }
        o.Raw("<div class=\"userstuff\">");
        m.WriteFlow(text);
        o.Raw("</div>");
        if (last) CreatorBlock(m, "Chapter End Notes", chapter.EndNotes, "chapter-end-notes", "h3");
        o.Raw("</section>");
    }

    public void Afterword(EpubMarkup m)
    {
        var o = m.Output;
        Section(o, "backmatter", "afterword");
        CreatorBlock(m, "End Notes", book.EndNotes, "end-notes", "h2");
        o.Open("p").Attr("class", "comments").End().Escape("Please ")
            .Link(book.CommentsUrl, "drop by the archive and comment")
            .Escape(" to let the creator know if you enjoyed their work!").Close("p");
        o.Open("p").Attr("class", "source").End().Escape("This work on the archive: ").Link(book.WorkUrl, book.WorkUrl).Close("p");
        o.Raw("</section>");
    }

    private void Section(XhtmlOutput o, string type, string cssClass, string? id = null)
    {
        o.Open("section").Attr("id", id);
        if (epub) o.Attr("epub:type", type);
        o.Attr("class", cssClass).End();
    }

    private void CreatorBlock(EpubMarkup m, string label, string? html, string cssClass, string heading)
    {
        if (html == null) return;
        var o = m.Output;
        o.Open("div").Attr("class", cssClass).End().Element(heading, label + ":");
        Creator(o.Open("blockquote").Attr("class", "userstuff")).End();
        m.WriteFlow(CreatorFragment.Parse(html).Nodes());
        o.Raw("</blockquote></div>");
    }

    // Text the creator wrote (title, summary, notes) carries the work's language and direction.
    private XhtmlOutput Creator(XhtmlOutput o) => o.Lang(book.Language).Attr("dir", _rtl ? "rtl" : null);

    private static void Links(XhtmlOutput o, IReadOnlyList<BookLink> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (i > 0) o.Raw(", ");
            o.Link(links[i].Url, links[i].Text);
        }
    }

    // AO3's stats line for downloads: published, updated (or completed), words, chapters.
    private string Stats()
    {
        var line = $"Published: {Date(book.PublishedAt)}";
        if (book.UpdatedAt.Date != book.PublishedAt.Date) line += $" {(book.Complete ? "Completed" : "Updated")}: {Date(book.UpdatedAt)}";
        return line + $" Words: {book.Words.ToString("N0", CultureInfo.InvariantCulture)} Chapters: {book.ChapterLine}";
    }

    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
