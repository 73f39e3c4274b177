using System.Text.Encodings.Web;
using Encore.Search;
using Encore.Tags;
using Encore.Web.Search;
using Encore.Works;
using Microsoft.AspNetCore.Html;

namespace Encore.Web.Pages;

// One entry of a facet: a tag with how many works of the whole result carry it, and whether the filter already
// includes or excludes it (those stay listed, ticked, so they can be unticked).
public sealed record FacetEntry(string Name, int Count, bool Included, bool Excluded);

// MoreUrl leads to every count of the type when more than the top ones exist; InFull: this page lists them all
// beside the form, so the sidebar leaves the group out.
public sealed record FacetGroup(TagType Type, IReadOnlyList<FacetEntry> Entries, string? MoreUrl, bool InFull = false)
{
    // The field a ticked entry sets: ratings, warnings and categories match any of those ticked; other tags all.
    public string IncludeField => Type switch
    {
        TagType.Rating => "rating",
        TagType.ArchiveWarning => "warning",
        TagType.Category => "category",
        _ => "include",
    };
}

// A filtered work list as the sidebar, the heading, the list and the pager show it.
public sealed class FilteredList
{
    public const int FacetsShown = 10;
    public const int FullFacetPageSize = 200;

    public required string Path { get; init; }
    public required BoundFilter Bound { get; init; }
    public required ResolvedFilter Resolved { get; init; }
    public required WorkListScope Scope { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required IReadOnlyList<WorkBlurb> Works { get; init; }
    public required IReadOnlyList<FacetGroup> Facets { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public (string One, string Many) Noun { get; set; } = ("Work", "Works");
    public string EmptyText { get; set; } = "No works yet.";

    // With a filter on, an empty list says so rather than that there is nothing at all.
    public string Empty => Filter.Narrows ? "No works match this filter." : EmptyText;

    // The full list of one facet type ("more"), a page of it at a time.
    public TagType? More { get; init; }
    public IReadOnlyList<FacetEntry> MoreEntries { get; init; } = [];
    public int MoreTotal { get; init; }

    public WorkFilter Filter => Resolved.Filter;

    // With words searched for: excerpts of each listed work's story with the words marked, and what the search left
    // out of the query (an unclosed quote, too many words) for the reader to see.
    public IReadOnlyDictionary<int, IReadOnlyList<Snippet>> Snippets { get; init; } = new Dictionary<int, IReadOnlyList<Snippet>>();
    public IReadOnlyList<string> TextNotes { get; init; } = [];

    public Pager Pager => More == null
        ? new Pager(Page, Pager.Pages(Total), p => Url(Filter with { Page = p }))
        : new Pager(Page, Math.Max(1, (MoreTotal + FullFacetPageSize - 1) / FullFacetPageSize), p => Url(Filter with { Page = p }, More));

    public string Url(WorkFilter filter, TagType? more = null) => Path + FilterUrl.Query(filter, more);

    // The list without the "more" view, from its first page.
    public string ListUrl => Url(Filter with { Page = 1 });

    public string MoreUrl(TagType type) => Url(Filter with { Page = 1 }, type);

    // AO3's "21 - 40 of 12,345 Works"; a list that fits on one page is just "12 Works".
    public string Heading
    {
        get
        {
            var noun = Total == 1 ? Noun.One : Noun.Many;
            if (Total <= Pager.PageSize) return $"{Display.Number(Total)} {noun}";
            var first = (Page - 1) * Pager.PageSize + 1;
            return $"{Display.Number(first)} - {Display.Number(Math.Min(Total, first + Pager.PageSize - 1))} of {Display.Number(Total)} {noun}";
        }
    }

    // The message for a field: what could not be read, or a name the archive does not know.
    public string? Error(string field) =>
        Bound.Error(field) ?? (Resolved.Problems.Where(p => p.Field == field).Select(p => p.Message).ToList() is { Count: > 0 } m ? string.Join(" ", m) : null);

    // The error under a field, with the id its aria-describedby names. Plain HTML rather than a partial: the sidebar
    // asks for thirteen of these on every page, almost always empty.
    public IHtmlContent ErrorHtml(string field) => Error(field) is { } message
        ? new HtmlString($"<p class=\"field-error\" id=\"filter-{HtmlEncoder.Default.Encode(field)}-error\">{HtmlEncoder.Default.Encode(message)}</p>")
        : HtmlString.Empty;

    public bool HasErrors => Bound.Errors.Count > 0 || Resolved.Problems.Count > 0;

    public int ActiveCount => Filter.Include.Count + Filter.Exclude.Count + Filter.Ratings.Count + Filter.Warnings.Count
        + Filter.Categories.Count + (Filter.Complete != null ? 1 : 0) + (Filter.Crossover != null ? 1 : 0) + (Filter.SingleChapter ? 1 : 0)
        + (Filter.WordsFrom != null || Filter.WordsTo != null ? 1 : 0) + (Filter.UpdatedFrom != null || Filter.UpdatedTo != null ? 1 : 0)
        + (Filter.Language != null ? 1 : 0);

    // What goes back into a text field: what was typed there if it could not be read, else the filter's value.
    public string Typed(string field, string? value) => Bound.Typed.GetValueOrDefault(field) ?? value ?? "";

    // Names for the "other tags" fields: those the archive did not know (to correct them), and included tags that
    // have no checkbox of their own (a rating or warning typed as a tag).
    public string OtherIncluded => string.Join(", ", Resolved.UnknownIncluded.Concat(Resolved.Included
        .Where(t => !FilterUrl.ListedTypes.Contains(t.Type)).Select(t => t.Name)));

    public string OtherExcluded => string.Join(", ", Resolved.UnknownExcluded.Concat(Resolved.Excluded
        .Where(t => !FilterUrl.ListedTypes.Contains(t.Type) && t.Type is not (TagType.Rating or TagType.ArchiveWarning or TagType.Category))
        .Select(t => t.Name)));

    // Every message, for the summary above the list (the sidebar may be folded on a phone).
    public IEnumerable<(string Field, string Message)> Messages =>
        Bound.Errors.Select(e => (e.Key, e.Value)).Concat(Resolved.Problems.Select(p => (p.Field, p.Message)));

    // Where a field's message points: its input, or the fieldset of a group of checkboxes.
    public static string Anchor(string field) => field switch
    {
        "rating" => "filter-" + Slug(TagType.Rating),
        "warning" => "filter-" + Slug(TagType.ArchiveWarning),
        "category" => "filter-" + Slug(TagType.Category),
        "complete" => "filter-complete-any",
        "crossover" => "filter-crossover-any",
        _ => "filter-" + field,
    };

    public static string Slug(TagType type) => type.Plural().ToLowerInvariant().Replace(' ', '-');

    public WorkSort Sort => Resolved.Query.Sort;
    public bool Descending => Resolved.Query.Descending;
}
