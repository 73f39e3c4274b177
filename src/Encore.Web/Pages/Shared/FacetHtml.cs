using System.Text;
using System.Text.Encodings.Web;
using Encore.Tags;
using Microsoft.AspNetCore.Html;

namespace Encore.Web.Pages;

// The sidebar's facet groups, written directly rather than as two partials per tag type. Fourteen partial views a
// page each resolved their injected services and tag helpers and buffered their output: after blurbs were kept
// (BlurbHtml), this was the largest part of rendering a filtered list. The markup is what the partials wrote.
public static class FacetHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    // One facet type: the top entries, and a link to all of them when there are more.
    public static IHtmlContent Group(FacetGroup group)
    {
        var slug = FilteredList.Slug(group.Type);
        var plural = group.Type.Plural();
        var html = new StringBuilder(256 + group.Entries.Count * 560);
        html.Append("<fieldset class=\"filter-group facet-group\" id=\"filter-").Append(slug).Append("\">\n<legend>");
        Text(html, plural).Append("</legend>\n");
        if (group.InFull) html.Append("<p class=\"hint\"><a href=\"#facet-full\">Listed in full</a> on this page.</p>\n");
        else if (group.Entries.Count == 0) html.Append("<p class=\"hint\">None in these works.</p>\n");
        else
        {
            AppendRows(html, group, "f-" + slug, null);
            if (group.MoreUrl != null)
            {
                html.Append("<p class=\"facet-more\"><a href=\"");
                Text(html, group.MoreUrl).Append("\">All ");
                Text(html, plural.ToLowerInvariant()).Append("<span class=\"sr-only\"> in these works, with counts</span> →</a></p>\n");
            }
        }
        return new HtmlString(html.Append("</fieldset>\n").ToString());
    }

    // Each entry: a checkbox to include the tag and one (✕) to exclude it, with its count over the whole result. Form
    // names the sidebar's form for entries listed outside it (the full list).
    public static IHtmlContent Rows(FacetGroup group, string prefix, string? form)
    {
        var html = new StringBuilder(64 + group.Entries.Count * 560);
        AppendRows(html, group, prefix, form);
        return new HtmlString(html.ToString());
    }

    private static void AppendRows(StringBuilder html, FacetGroup group, string prefix, string? form)
    {
        var formAttribute = form == null ? "" : $" form=\"{Encoder.Encode(form)}\"";
        html.Append("<ul class=\"facet-list\">\n");
        for (var i = 0; i < group.Entries.Count; i++)
        {
            var e = group.Entries[i];
            var id = $"{prefix}-{i}";
            var name = Encoder.Encode(e.Name);
            html.Append("<li class=\"facet\">\n<input type=\"checkbox\" id=\"").Append(id).Append("-in\" name=\"").Append(group.IncludeField)
                .Append("\" value=\"").Append(name).Append('"').Append(e.Included ? " checked=\"checked\"" : "").Append(formAttribute).Append(">\n")
                .Append("<label for=\"").Append(id).Append("-in\">").Append(name).Append(" <span class=\"count\">(")
                .Append(Display.Number(e.Count)).Append(")</span></label>\n")
                .Append("<input type=\"checkbox\" id=\"").Append(id).Append("-ex\" name=\"exclude\" value=\"").Append(name).Append('"')
                .Append(e.Excluded ? " checked=\"checked\"" : "").Append(" class=\"exclude\"").Append(formAttribute).Append(">\n")
                .Append("<label for=\"").Append(id).Append("-ex\" class=\"exclude-label\" title=\"Exclude ").Append(name)
                .Append("\"><span aria-hidden=\"true\">✕</span><span class=\"sr-only\">Exclude ").Append(name).Append("</span></label>\n</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static StringBuilder Text(StringBuilder html, string text) => html.Append(Encoder.Encode(text));
}
