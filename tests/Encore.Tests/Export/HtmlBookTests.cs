using AngleSharp.Html.Parser;
using Encore.Export;
using static Encore.Tests.Export.TestBooks;

namespace Encore.Tests.Export;

// The HTML download: one file, valid HTML a browser reads offline, every chapter in it.
public class HtmlBookTests
{
    private static readonly Book Book = Make("Three & Three", [
        Chapter(1, "<p>First <a href=\"#fn1\">1</a>.</p>", "Beginning", notes: "<p>Notes one.</p>"),
        Chapter(2, Tables + Images, "Middle", endNotes: "<p>End notes two.</p>"),
        Chapter(3, Hostile + Arabic + Emoji, "End"),
    ], summary: "<p>The summary.</p>", endNotes: "<p><a name=\"fn1\">1.</a> The footnote.</p>");

    [Fact]
    public void It_parses_without_a_single_html_error_and_holds_every_chapter_in_order()
    {
        var html = HtmlBook.Write(Book);
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message + " at " + ((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position);
        var doc = parser.ParseDocument(html);
        Assert.Empty(errors);
        Assert.Equal("Three & Three", doc.Title);
        Assert.Equal(["Chapter 1: Beginning", "Chapter 2: Middle", "Chapter 3: End"], doc.QuerySelectorAll("section.chapter h2").Select(h => h.TextContent));
        Assert.Equal(["#chapter-1", "#chapter-2", "#chapter-3"], doc.QuerySelectorAll("nav.contents a").Select(a => a.GetAttribute("href")));
        Assert.All(new[] { "chapter-1", "chapter-2", "chapter-3" }, id => Assert.NotNull(doc.GetElementById(id)));
        var text = doc.Body!.TextContent;
        foreach (var part in new[] { "The summary.", "Notes one.", "First", "Scores", "End notes two.", "A paragraph with an on* attribute", "كانت الليلة طويلة", "😀🎭💃🏽", "The footnote." })
            Assert.Contains(part, text);
        Assert.True(text.IndexOf("Notes one.") < text.IndexOf("End notes two.") && text.IndexOf("End notes two.") < text.IndexOf("The footnote."));
    }

    [Fact]
    public void It_is_self_contained_and_runs_nothing()
    {
        var doc = new HtmlParser().ParseDocument(HtmlBook.Write(Book));
        Assert.Empty(doc.QuerySelectorAll("script, link[rel=stylesheet], iframe, object"));
        Assert.NotNull(doc.QuerySelector("head style"));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on") || a.Name == "style");
        Assert.DoesNotContain(doc.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        // Images stay images here (they load when the reader is online); the footnote link finds its anchor.
        Assert.Equal("https://images.example/pic.png", doc.QuerySelector("img[alt='Ivy on stage']")?.GetAttribute("src"));
        Assert.NotNull(doc.QuerySelector("a[href='#n-fn1']"));
        Assert.NotNull(doc.GetElementById("n-fn1"));
    }
}
