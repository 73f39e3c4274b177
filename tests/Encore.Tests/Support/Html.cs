using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Encore.Tests.Support;

public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string Text(this IDocument doc, string selector) =>
        doc.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no element matches {selector}");

    public static List<string> Texts(this IDocument doc, string selector) =>
        doc.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

    // One figure of a work page's stats line ("Chapters", "Words", "Kudos"…), by its label.
    public static string Stat(this IDocument doc, string label) =>
        doc.QuerySelectorAll(".work-meta .stats div").FirstOrDefault(d => d.QuerySelector("dt")?.TextContent.Trim().TrimEnd(':') == label)
            ?.QuerySelector("dd")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"the stats line has no {label}");

    // The only scripts a page may have are the archive's own files (the CSP allows nothing else): none inline,
    // none from creator or reader text.
    public static void AssertOnlySiteScripts(this IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script"))
            Assert.True(script.GetAttribute("src")?.StartsWith("/js/") == true && script.TextContent.Trim().Length == 0,
                $"a script that is not the archive's own: {script.OuterHtml}");
    }
}
