using Encore.Export;
using Encore.Tags;
using Encore.Text;

namespace Encore.Tests.Export;

// Books built directly (no database), with creator HTML stored as Encore stores it: through the allowlist.
public static class TestBooks
{
    public static readonly Uri Site = new("https://archive.example/");

    public static Book Make(string title, IReadOnlyList<BookChapter> chapters, string language = "en", string? summary = null,
        string? notes = null, string? endNotes = null, IReadOnlyList<BookSeries>? series = null, bool sanitize = true)
    {
        string? Clean(string? html) => html == null ? null : sanitize ? CreatorHtml.Sanitize(html) : html;
        var work = Site + "works/7";
        return new Book(7, "urn:uuid:3f1c1d52-8b0e-5a55-9d43-2b5fb2e0b7a1", title, language,
            [new BookLink("Ana Writer", Site + "users/ana"), new BookLink("Co & Writer", Site + "authors/Co%20%26%20Writer")],
            ["a friend"],
            [
                new BookTagGroup(TagType.Rating, "Rating", [new BookLink("Teen And Up Audiences", Site + "tags/Teen/works")]),
                new BookTagGroup(TagType.Fandom, "Fandom", [new BookLink("Smash (TV 2012)", Site + "tags/Smash/works")]),
                new BookTagGroup(TagType.Relationship, "Relationships",
                    [new BookLink("Derek Wills/Ivy Lynn", Site + "tags/D*s*I/works"), new BookLink("Ivy & Karen <3", Site + "tags/x/works")]),
            ],
            series ?? [], Clean(summary), Clean(notes), Clean(endNotes),
            new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), new DateTime(2024, 5, 2, 8, 30, 0, DateTimeKind.Utc),
            true, 1234, $"{chapters.Count}/{chapters.Count}",
            chapters.Select(c => c with { Content = sanitize ? CreatorHtml.Sanitize(c.Content) : c.Content, Notes = Clean(c.Notes),
                EndNotes = Clean(c.EndNotes), Summary = Clean(c.Summary) }).ToList(),
            work, work + "#comments", Site.AbsoluteUri);
    }

    public static BookChapter Chapter(int position, string content, string? title = null, string? notes = null, string? endNotes = null,
        string? summary = null) =>
        new(position, title == null ? $"Chapter {position}" : $"Chapter {position}: {title}", summary, notes, endNotes, content);

    public const string Hostile = """
        <p>Unclosed <b>bold <i>and italic
        <p onclick="alert(1)" style="color:red">A paragraph with an on* attribute<br>and a br without closing&nbsp;and&nbsp;nbsp</p>
        <script>alert('x')</script><style>p{}</style>
        <p>Stray < and & and &amp;amp; and 3 > 2 and &copy; &unknown; entities</p>
        <div><p>nested <div>div in p</div> after</p></div>
        <span><p>block in span</p><ul><li>list in span</li></ul></span>
        <ul>loose text in a list<li>item</li><p>paragraph in list</p></ul>
        <ol type="x" start="two"><li>bad attributes</li></ol>
        <a href="javascript:alert(1)">js link</a> <a href="/works/3">relative</a> <a href="#fn1">note 1</a> <a href="#missing">missing</a>
        <a href="https://example.com/a b?c=d&e=f">spaces</a> <a href="http://[bad">bad url</a>
        <a href="https://x.example/"><a href="https://y.example/">nested link</a></a>
        <center>centred</center> <big>big</big> <tt>typewriter</tt> <acronym title="as soon as possible">ASAP</acronym> <strike>struck</strike>
        <p align="center">aligned</p><p align="sideways">bad align</p><p dir="sideways" lang="not a language!">bad dir</p>
        <h1>Heading</h1><h7>not a heading</h7><font color="red">font</font><marquee>marquee</marquee>
        <dl><dd>definition first</dd><dt>term last</dt></dl>
        <details><p>details without summary</p><summary>late summary</summary></details>
        <figure><p>figure</p><figcaption>caption in the middle</figcaption><p>more</p></figure>
        <ruby>漢<rt>kan</rt>字<rp>(</rp><rt>ji</rt><rp>)</rp></ruby> <ruby><rt>only annotation</rt></ruby>
        <li>stray list item</li><dt>stray term</dt><td>stray cell</td><caption>stray caption</caption>
        <p><a name="fn1">1.</a> The footnote. <a name="fn1">duplicate anchor</a> <a name="bad name">bad anchor</a></p>
        <table><tr><td>unclosed table cell
        """;

    // Characters XML forbids or discourages: C0 and C1 controls, DEL, noncharacters, unpaired surrogates.
    public const string ControlCharacters =
        "<p>Controls: \u0001 \u0008 \u000B \u001F \u007F \u0085 \uFFFE \uFFFF lone \uD800 and \uDFFF, noncharacter \uFDD0 end</p>";

    public const string Tables = """
        <table border="1" width="100%" summary="old summary"><caption>Scores</caption>
        <colgroup span="2"></colgroup><col span="1" width="20">
        <thead><tr><th scope="col" abbr="N">Name</th><th scope="diagonal">Score</th></tr></thead>
        <tfoot><tr><td colspan="2">Total: 3</td></tr></tfoot>
        <tbody><tr><td rowspan="x">Ivy</td><td width="5" axis="a">2</td></tr></tbody>
        <tr><td colspan="0">Karen</td><td>1</td></tr>
        <thead><tr><th>second head</th></tr></thead>
        </table>
        <table><tr><td><table><tr><td>nested</td></tr></table></td></tr><caption>late caption</caption></table>
        <table></table>
        <p><table><tr><td>table in a paragraph</td></tr></table></p>
        """;

    public const string Images = """
        <p>An image: <img src="https://images.example/pic.png" alt="Ivy on stage" width="300" height="200" align="left" border="1"></p>
        <p>No alt: <img src="http://images.example/x.jpg"> and a bad one <img src="javascript:alert(1)" alt="bad"></p>
        <p><a href="https://example.com/">linked <img src="https://images.example/in-link.png" alt="in a link"></a></p>
        """;

    public const string Arabic = """
        <p dir="rtl" lang="ar">كانت الليلة طويلة، وكان المسرح فارغاً إلا من ضوء واحد.</p>
        <p>قالت: «سنبدأ من جديد غداً».</p>
        <p dir="rtl" lang="he">זה היה לילה ארוך, והבמה הייתה ריקה.</p>
        <p dir="ltr">An English line inside, with <span dir="rtl">عربي</span> mixed in.</p>
        """;

    public const string Emoji = """
        <p>Emoji: 😀🎭💃🏽 👩‍👩‍👧 🏳️‍🌈 and flags 🇯🇵, math 𝒜𝓁𝓅𝒽𝒶, old scripts 𐌰𐌱, CJK extension B 𠜎𠜱.</p>
        """;
}
