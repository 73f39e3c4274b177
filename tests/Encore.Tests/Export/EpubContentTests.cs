using System.Text;
using System.Xml.Linq;
using Encore.Export;
using static Encore.Tests.Export.EpubFiles;
using static Encore.Tests.Export.TestBooks;

namespace Encore.Tests.Export;

// What is inside Encore's EPUB: the container rules, the package metadata, the contents, and the creator's text
// made safe and well-formed without losing what they wrote.
public class EpubContentTests
{
    private static Book ThreeChapters(IReadOnlyList<BookSeries>? series = null) => Make("Three Chapters & More", [
        Chapter(1, "<p>First text.</p>", "Beginning", notes: "<p>Notes one.</p>", endNotes: "<p>End notes one.</p>", summary: "<p>Summary one.</p>"),
        Chapter(2, "<p>Second text.</p>", "Middle"),
        Chapter(3, "<p>Third text.</p>", "End", endNotes: "<p>End notes three.</p>"),
    ], summary: "<p>First line of the <em>summary</em>.</p><p>Second &amp; last.</p>", notes: "<p>Work notes.</p>",
        endNotes: "<p>Work end notes.</p>", series: series);

    [Fact]
    public void The_mimetype_comes_first_stored_uncompressed_without_extra_fields()
    {
        var bytes = EpubWriter.Write(ThreeChapters());
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8));                      // compression method: stored
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 6) & 0x8);                // no data descriptor
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 26));                     // name length
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28));                     // extra field length
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));
        var files = new EpubFiles(bytes);
        Assert.Equal(["mimetype", "META-INF/container.xml", "EPUB/content.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/style.css",
            "EPUB/preface.xhtml", "EPUB/chapter-001.xhtml", "EPUB/chapter-002.xhtml", "EPUB/chapter-003.xhtml", "EPUB/afterword.xhtml"], files.Names);
    }

    [Fact]
    public void The_package_describes_the_work()
    {
        var files = new EpubFiles(EpubWriter.Write(ThreeChapters([new BookSeries("The Cycle", 2, Site + "series/3")])));
        var package = files.Xml("EPUB/content.opf").Root!;
        Assert.Equal("3.0", package.Attribute("version")!.Value);
        var uid = package.Attribute("unique-identifier")!.Value;
        var identifier = files.Metadata.Elements(Dc + "identifier").Single(e => e.Attribute("id")!.Value == uid).Value;
        Assert.StartsWith("urn:uuid:", identifier);
        Assert.Equal(["Three Chapters & More"], files.DcValues("title"));
        Assert.Equal(["en"], files.DcValues("language"));
        Assert.Equal(["Ana Writer", "Co & Writer"], files.DcValues("creator"));
        Assert.Equal(2, files.Metadata.Elements(Opf + "meta").Count(m => m.Attribute("property")?.Value == "role" && m.Value == "aut"));
        Assert.Equal(["First line of the summary.\n\nSecond & last."], files.DcValues("description"));
        Assert.Equal(["Teen And Up Audiences", "Smash (TV 2012)", "Derek Wills/Ivy Lynn", "Ivy & Karen <3"], files.DcValues("subject"));
        Assert.Equal(["2024-03-01"], files.DcValues("date"));
        Assert.Equal("2024-05-02T08:30:00Z", Meta(files, "dcterms:modified").Value);
        var series = Meta(files, "belongs-to-collection");
        Assert.Equal("The Cycle", series.Value);
        var refines = files.Metadata.Elements(Opf + "meta").Where(m => m.Attribute("refines")?.Value == "#" + series.Attribute("id")!.Value).ToList();
        Assert.Equal("series", refines.Single(m => m.Attribute("property")!.Value == "collection-type").Value);
        Assert.Equal("2", refines.Single(m => m.Attribute("property")!.Value == "group-position").Value);
    }

    [Fact]
    public void The_contents_list_the_preface_every_chapter_and_the_afterword_in_nav_and_ncx()
    {
        var files = new EpubFiles(EpubWriter.Write(ThreeChapters()));
        var expected = new[] { "Preface", "Chapter 1: Beginning", "Chapter 2: Middle", "Chapter 3: End", "Afterword" };
        var toc = files.Xml("EPUB/nav.xhtml").Descendants(Xhtml + "nav").First(n => n.Attribute(XNamespace.Get("http://www.idpf.org/2007/ops") + "type")!.Value == "toc");
        Assert.Equal(expected, toc.Descendants(Xhtml + "a").Select(a => a.Value));
        var ncx = files.Xml("EPUB/toc.ncx");
        Assert.Equal(expected, ncx.Descendants(Ncx + "navLabel").Select(l => l.Value));
        Assert.Equal(files.DcValues("identifier").Single(), ncx.Descendants(Ncx + "meta").Single(m => m.Attribute("name")!.Value == "dtb:uid").Attribute("content")!.Value);
    }

    [Fact]
    public void Preface_chapters_and_afterword_carry_what_AO3_downloads_carry()
    {
        var files = new EpubFiles(EpubWriter.Write(ThreeChapters()));
        var preface = files.Xml("EPUB/preface.xhtml").Root!.Value;
        foreach (var part in new[] { "Three Chapters & More", "by Ana Writer, Co & Writer", "for a friend", "Rating:", "Teen And Up Audiences",
                     "Relationships:", "Ivy & Karen <3", "Language:", "English", "Published: 2024-03-01", "Completed: 2024-05-02",
                     "Words: 1,234", "Chapters: 3/3", "Summary:", "Second & last.", "Notes:", "Work notes.", "See the end of the work" })
            Assert.Contains(part, preface);
        var first = files.Xml("EPUB/chapter-001.xhtml").Root!.Value;
        Assert.Equal(["Chapter 1: Beginning", "Summary one.", "Notes one.", "First text.", "End notes one."],
            new[] { "Chapter 1: Beginning", "Summary one.", "Notes one.", "First text.", "End notes one." }.OrderBy(s => first.IndexOf(s)));
        Assert.Contains("End notes three.", files.Text("EPUB/chapter-003.xhtml"));
        var afterword = files.Xml("EPUB/afterword.xhtml");
        Assert.Contains("Work end notes.", afterword.Root!.Value);
        var links = afterword.Descendants(Xhtml + "a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.Contains(Site + "works/7", links);
        Assert.Contains(Site + "works/7#comments", links);
    }

    [Fact]
    public void Hostile_creator_html_comes_out_inert_and_well_formed_with_its_words_kept()
    {
        foreach (var sanitize in new[] { true, false })
        {
            var files = new EpubFiles(EpubWriter.Write(Make("Hostile", [Chapter(1, Hostile + ControlCharacters)], summary: Hostile, sanitize: sanitize)));
            foreach (var name in files.ContentDocuments)
            {
                var doc = files.Xml(name);   // throws unless well-formed
                var all = doc.Descendants().ToList();
                Assert.DoesNotContain(all, e => e.Name.LocalName is "script" or "style" or "font" or "center" or "big" or "tt" or "strike" or "acronym" or "img");
                Assert.DoesNotContain(all.SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on") || a.Name.LocalName is "style" or "align" or "width" or "border");
                Assert.DoesNotContain(all.SelectMany(e => e.Attributes("href")), a => a.Value.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
            }
            var text = files.Text("EPUB/chapter-001.xhtml");
            Assert.DoesNotContain("alert(", text);
            Assert.DoesNotMatch("[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uFDD0]", text);
            var words = files.Xml("EPUB/chapter-001.xhtml").Root!.Value;
            foreach (var kept in new[] { "Stray < and & and &amp; and 3 > 2", "A paragraph with an on* attribute", "loose text in a list", "caption in the middle", "late summary", "stray cell", "centred" })
                Assert.Contains(kept, words);
            Assert.Contains("href=\"https://archive.example/works/3\"", text);          // a link relative to the archive, made absolute
            Assert.Contains("href=\"#n-fn1\"", text);                                    // a footnote link to its anchor
            Assert.Contains("id=\"n-fn1\"", text);
            Assert.DoesNotContain("#missing", text);
        }
    }

    [Fact]
    public void Remote_images_become_links_to_them_since_a_book_must_hold_all_it_shows()
    {
        var text = new EpubFiles(EpubWriter.Write(Make("Images", [Chapter(1, Images)]))).Text("EPUB/chapter-001.xhtml");
        Assert.DoesNotContain("<img", text);
        Assert.Contains("<a href=\"https://images.example/pic.png\" class=\"image\">[Image: Ivy on stage]</a>", text);
        Assert.Contains("<a href=\"http://images.example/x.jpg\" class=\"image\">[Image]</a>", text);
        Assert.Contains("linked [Image: in a link]</a>", text);
    }

    [Fact]
    public void Right_to_left_works_read_right_to_left_and_keep_their_scripts_and_emoji()
    {
        var files = new EpubFiles(EpubWriter.Write(Make("الليلة", [Chapter(1, Arabic + Emoji)], language: "ar", summary: Arabic)));
        var spine = files.Xml("EPUB/content.opf").Root!.Element(Opf + "spine")!;
        Assert.Equal("rtl", spine.Attribute("page-progression-direction")!.Value);
        var chapter = files.Xml("EPUB/chapter-001.xhtml").Root!;
        Assert.Equal("rtl", chapter.Attribute("dir")!.Value);
        Assert.Equal("ar", chapter.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains("זה היה לילה ארוך", chapter.Value);
        Assert.Contains("😀🎭💃🏽 👩‍👩‍👧 🏳️‍🌈", chapter.Value);
        Assert.Contains("𝒜𝓁𝓅𝒽𝒶", chapter.Value);
        Assert.Contains(chapter.Descendants(Xhtml + "span"), s => s.Attribute("dir")?.Value == "rtl" && s.Value == "عربي");
        var summary = files.Xml("EPUB/preface.xhtml").Descendants(Xhtml + "blockquote").Single();
        Assert.Equal(("ar", "rtl"), (summary.Attribute("lang")!.Value, summary.Attribute("dir")!.Value));
    }

    [Fact]
    public void A_very_long_chapter_is_split_into_parts_with_links_across_them_resolved()
    {
        var book = Make("Long", [Chapter(1, EpubValidityTests.LongChapter(600_000) + "<p><a href=\"#top\">back</a></p>", notes: "<p><a name=\"top\">Top</a></p>")]);
        var files = new EpubFiles(EpubWriter.Write(book));
        var parts = files.Names.Where(n => n.StartsWith("EPUB/chapter-001")).ToList();
        Assert.True(parts.Count >= 3, string.Join(", ", parts));
        Assert.All(parts, p => Assert.True(files.Text(p).Length < 300_000, $"{p} is {files.Text(p).Length} characters"));
        Assert.Contains("<a href=\"chapter-001.xhtml#n-top\">back</a>", files.Text(parts[^1]));
        Assert.Single(files.Xml("EPUB/toc.ncx").Descendants(Ncx + "content"), c => c.Attribute("src")!.Value.StartsWith("chapter-001"));
        var paragraphs = string.Concat(parts.Select(p => files.Xml(p).Root!.Value));
        Assert.Contains("Paragraph 0:", paragraphs);
        Assert.Contains("Paragraph 4000:", paragraphs);
    }

    [Fact]
    public void The_same_book_gives_the_same_bytes_and_version_and_any_change_a_new_version()
    {
        var book = ThreeChapters();
        Assert.Equal(EpubWriter.Write(book), EpubWriter.Write(ThreeChapters()));
        Assert.Equal(book.Version(), ThreeChapters().Version());
        Assert.NotEqual(book.Version(), (book with { Title = "Retitled" }).Version());
        Assert.NotEqual(book.Version(), (book with { Chapters = [book.Chapters[0] with { Content = "<p>Typo fixed.</p>" }, .. book.Chapters.Skip(1)] }).Version());
        Assert.NotEqual(book.Version(), (book with { Tags = book.Tags.Take(1).ToList() }).Version());
        Assert.NotEqual(book.Version(), (book with { Site = "https://elsewhere.example/" }).Version());
    }

    private static XElement Meta(EpubFiles files, string property) =>
        files.Metadata.Elements(Opf + "meta").Single(m => m.Attribute("property")?.Value == property);
}
