using Encore.Export;
using Encore.Tests.Support;
using static Encore.Tests.Export.TestBooks;

namespace Encore.Tests.Export;

// Every kind of work the archive holds comes out as an EPUB that epubcheck passes with no error and no warning.
public class EpubValidityTests
{
    public static TheoryData<string> Kinds => new(Books.Keys);

    private static readonly Dictionary<string, Func<Book>> Books = new()
    {
        ["plain"] = () => Make("A Plain Work", [Chapter(1, "<p>One paragraph.</p><p>Another, with <em>emphasis</em>.</p>")]),
        ["hostile"] = () => Make("<Hostile> & \"Broken\"", [Chapter(1, Hostile + ControlCharacters, notes: Hostile, endNotes: Hostile)],
            summary: Hostile, notes: Hostile, endNotes: Hostile),
        ["hostile, never sanitized"] = () => Make("Raw", [Chapter(1, Hostile + ControlCharacters, notes: Hostile)], summary: Hostile + ControlCharacters,
            notes: "<p>unclosed <b>notes", sanitize: false),
        ["tables"] = () => Make("Tables", [Chapter(1, Tables)]),
        ["images"] = () => Make("Images", [Chapter(1, Images)], summary: Images),
        ["right to left"] = () => Make("الليلة الطويلة", [Chapter(1, Arabic, title: "البداية"), Chapter(2, Arabic)], language: "ar",
            summary: "<p>ملخص العمل</p>", notes: Arabic),
        ["hebrew"] = () => Make("לילה", [Chapter(1, Arabic)], language: "he"),
        ["emoji"] = () => Make("Emoji 🎭 in the title 𝒜", [Chapter(1, Emoji, title: "💃🏽")], summary: Emoji),
        ["chapters with notes"] = () => Make("Three Chapters", [
            Chapter(1, "<p>First <a href=\"#end1\">see the end</a>.</p>", "Beginning", notes: "<p>Chapter notes.</p>",
                endNotes: "<p><a name=\"end1\">End</a> notes of one.</p>", summary: "<p>Chapter summary.</p>"),
            Chapter(2, "<p>Second, linking to <a href=\"#fn9\">the work's end notes</a>.</p>", "Middle", notes: "<p>More notes.</p>"),
            Chapter(3, "<p>Third.</p>", "End", endNotes: "<p>Last chapter's end notes.</p>"),
        ], summary: "<p>A summary.</p>", notes: "<p>Work notes.</p>", endNotes: "<p><a name=\"fn9\">9.</a> Work end notes.</p>"),
        ["series"] = () => Make("Part Two", [Chapter(1, "<p>Text.</p>")],
            series: [new BookSeries("The Smash Cycle", 2, Site + "series/3"), new BookSeries("Another & Series", 5, Site + "series/4")]),
        ["undetermined language"] = () => Make("Language?", [Chapter(1, "<p>Text.</p>")], language: "und"),
        ["very long chapter"] = () => Make("Long", [Chapter(1, LongChapter(600_000) + "<p><a href=\"#top\">back to the top</a></p>",
            notes: "<p><a name=\"top\">Top</a></p>", endNotes: "<p>The end.</p>")]),
    };

    internal static string LongChapter(int characters)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < characters; i++)
            text.Append($"<p>Paragraph {i}: the stage was dark and the house was empty, but Ivy sang anyway, <em>again</em>.</p>\n");
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Epubcheck_reports_no_errors_and_no_warnings(string kind)
    {
        using var folder = new TempFolder();
        var path = folder.File("book.epub");
        await File.WriteAllBytesAsync(path, EpubWriter.Write(Books[kind]()));
        await Epubcheck.AssertValidAsync(path);
    }
}
