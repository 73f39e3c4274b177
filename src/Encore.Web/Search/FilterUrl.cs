using System.Globalization;
using Encore.Search;
using Encore.Tags;

namespace Encore.Web.Search;

// The one way a filter is written into a URL: fields in a fixed order, names in a fixed order, defaults left out,
// spaces as '+' and '/' ( ) : kept readable. The same filter always gives the same URL, and FilterBinder reads it
// back to the same filter, so links can be shared and compared.
public static class FilterUrl
{
    private static readonly TagType[] Listed = [TagType.Fandom, TagType.Relationship, TagType.Character, TagType.Freeform];

    public static List<KeyValuePair<string, string>> Pairs(WorkFilter f, TagType? more = null)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value)); }
        static IEnumerable<string> ByName(IEnumerable<string> names) =>
            names.Order(StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal);
        static IEnumerable<string> InOrder(IEnumerable<string> names, string[] order) => names.OrderBy(n => Array.IndexOf(order, n));

        Add("q", f.Text);
        foreach (var n in ByName(f.Include)) Add("include", n);
        foreach (var n in ByName(f.Exclude)) Add("exclude", n);
        foreach (var n in InOrder(f.Ratings, FixedTags.Ratings)) Add("rating", n);
        foreach (var n in InOrder(f.Warnings, FixedTags.Warnings)) Add("warning", n);
        foreach (var n in InOrder(f.Categories, FixedTags.Categories)) Add("category", n);
        Add("complete", YesNo(f.Complete));
        Add("crossover", YesNo(f.Crossover));
        Add("single_chapter", f.SingleChapter ? "yes" : null);
        Add("words_from", f.WordsFrom?.ToString(CultureInfo.InvariantCulture));
        Add("words_to", f.WordsTo?.ToString(CultureInfo.InvariantCulture));
        Add("updated_from", f.UpdatedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("updated_to", f.UpdatedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("language", f.Language);
        Add("sort", f.Sort is { } s ? WorkSorts.Key(s) : null);
        Add("dir", f.Descending is { } d ? d ? "desc" : "asc" : null);
        Add("more", more is { } t ? Slug(t) : null);
        Add("page", f.Page > 1 ? f.Page.ToString(CultureInfo.InvariantCulture) : null);
        return pairs;
    }

    // "" or "?key=value&…", to put after a list's path.
    public static string Query(WorkFilter f, TagType? more = null) => Join(Pairs(f, more));

    public static string Join(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var parts = pairs.Select(p => p.Key + "=" + Encode(p.Value)).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public static string Encode(string value) =>
        Uri.EscapeDataString(value).Replace("%20", "+").Replace("%2F", "/").Replace("%28", "(").Replace("%29", ")").Replace("%3A", ":");

    // Whether a request's query string says exactly these pairs, in this order (however the browser encoded them).
    public static bool Says(string? rawQuery, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var raw = (rawQuery ?? "").TrimStart('?');
        var given = raw.Length == 0 ? [] : raw.Split('&').Select(part =>
        {
            var at = part.IndexOf('=');
            return new KeyValuePair<string, string>(Decode(at < 0 ? part : part[..at]), at < 0 ? "" : Decode(part[(at + 1)..]));
        }).ToList();
        return given.SequenceEqual(pairs);
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));

    private static string? YesNo(bool? b) => b is { } v ? v ? "yes" : "no" : null;

    // The facet types that can be listed in full ("more"), by the word in the URL.
    public static string Slug(TagType type) => type == TagType.Freeform ? "additional_tags" : type.Plural().ToLowerInvariant();

    public static TagType? FacetType(string? slug) => Listed.Select(t => (TagType?)t).FirstOrDefault(t => Slug(t!.Value) == slug?.ToLowerInvariant());

    public static IReadOnlyList<TagType> ListedTypes => Listed;
}
