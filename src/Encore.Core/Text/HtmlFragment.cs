using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Encore.Text;

internal static class HtmlFragment
{
    private static readonly HtmlParser Parser = new();

    // Parses creator HTML as the body of a document. AngleSharp's ParseFragment is quadratic on long input
    // (4.7 s for a 500 KB chapter, measured by bench/Encore.Bench text); a whole document parses in linear time.
    public static IElement ParseBody(string html) =>
        Parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + html).Body!;
}
