using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Encore.Web.Pages;

// A blurb's HTML, rendered by the _Blurb partial once per blurb object and written as it is after that. Rendering
// twenty blurbs (about 30 tag links each) was the largest part of a filtered tag page's CPU once blurbs themselves
// were kept (Search/BlurbCache). The HTML is tied to the blurb object, not to the work's id: when the change feed
// makes the node forget a blurb, the next page loads a new object and renders it again, and the old HTML goes with
// the old object. The one thing in a blurb that depends on the reader is whether additional tags are folded
// (_AdditionalTags), so each blurb keeps one rendering per choice; anything else reader-dependent added to
// _Blurb must become part of that choice too.
public static class BlurbHtml
{
    private sealed class Renderings
    {
        public HtmlString? Open, Folded;
    }

    private static readonly ConditionalWeakTable<WorkBlurb, Renderings> Rendered = new();

    public static async Task<IHtmlContent> RenderAsync(IHtmlHelper html, WorkBlurb blurb)
    {
        var folded = html.ViewContext.HttpContext.Reader().Settings.HideAdditionalTags;
        var kept = Rendered.GetValue(blurb, _ => new Renderings());
        if ((folded ? kept.Folded : kept.Open) is { } done) return done;

        var content = await html.PartialAsync("_Blurb", blurb);
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        var rendered = new HtmlString(writer.ToString());
        if (folded) kept.Folded = rendered; else kept.Open = rendered;
        return rendered;
    }
}
