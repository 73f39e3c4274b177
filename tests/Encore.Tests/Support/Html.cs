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
}
