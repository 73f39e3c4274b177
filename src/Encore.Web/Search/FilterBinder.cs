using System.Globalization;
using System.Text.RegularExpressions;
using Encore.Search;
using Encore.Tags;
using Microsoft.Extensions.Primitives;

namespace Encore.Web.Search;

// A filter read from the query string, with a message for each field that could not be read (that field is left
// out; the rest still applies) and what was typed there, to show it again beside the message.
public sealed record BoundFilter(WorkFilter Filter, IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> Typed, TagType? More)
{
    public string? Error(string field) => Errors.GetValueOrDefault(field);
}

// Reads the sidebar's GET form and the links FilterUrl writes. Lenient in what it takes (names split at commas, which
// tag names cannot contain; repeated fields; "10,000"), strict in what it reports.
public static partial class FilterBinder
{
    public const int MaxTags = 50;
    public const int MaxText = 1000;

    public static BoundFilter Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var q = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string>();
        var typed = new Dictionary<string, string>();
        string? One(string key) => q.TryGetValue(key, out var v) ? v.Select(s => s?.Trim()).LastOrDefault(s => !string.IsNullOrEmpty(s)) : null;
        List<string> Names(string key)
        {
            var names = (q.TryGetValue(key, out var v) ? v : StringValues.Empty)
                .SelectMany(s => (s ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(TagName.CollapseSpaces).DistinctBy(Tag.Normalize).ToList();
            if (names.Count <= MaxTags) return names;
            errors[key] = $"At most {MaxTags} tags at a time; the first {MaxTags} apply.";
            return names.Take(MaxTags).ToList();
        }
        bool? YesNo(string key, string yes, string no)
        {
            var v = One(key);
            if (v == null) return null;
            if (v.Equals("yes", StringComparison.OrdinalIgnoreCase)) return true;
            if (v.Equals("no", StringComparison.OrdinalIgnoreCase)) return false;
            errors[key] = $"Choose {yes}, {no} or either.";
            return null;
        }
        int? Words(string key)
        {
            var v = One(key);
            if (v == null) return null;
            var digits = v.Replace(",", "").Replace("_", "").Replace(" ", "").Replace("\u00a0", "");
            if (digits.Length > 0 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            typed[key] = v;
            errors[key] = digits.Length > 0 && digits.All(char.IsAsciiDigit)
                ? "That is more words than any work has." : "Enter a whole number of words, such as 10000.";
            return null;
        }
        DateOnly? Day(string key)
        {
            var v = One(key);
            if (v == null) return null;
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            typed[key] = v;
            errors[key] = "Enter a date as year-month-day, such as 2024-03-01.";
            return null;
        }

        var wordsFrom = Words("words_from");
        var wordsTo = Words("words_to");
        if (wordsFrom > wordsTo)
        {
            typed["words_to"] = wordsTo.ToString()!;
            errors["words_to"] = "The most words must be at least the fewest.";
            wordsTo = null;
        }
        var updatedFrom = Day("updated_from");
        var updatedTo = Day("updated_to");
        if (updatedFrom > updatedTo)
        {
            typed["updated_to"] = updatedTo!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            errors["updated_to"] = "The end date must not be before the start date.";
            updatedTo = null;
        }
        var language = One("language");
        if (language != null && !LanguageCode().IsMatch(language))
        {
            typed["language"] = language;
            errors["language"] = "Choose a language from the list.";
            language = null;
        }
        WorkSort? sort = null;
        if (One("sort") is { } sortKey && (sort = WorkSorts.FromKey(sortKey.ToLowerInvariant())) == null)
            errors["sort"] = "Choose a sort from the list.";
        bool? descending = One("dir")?.ToLowerInvariant() switch
        {
            null => null,
            "desc" => true,
            "asc" => false,
            _ => null,
        };
        if (descending == null && One("dir") != null) errors["dir"] = "Choose ascending or descending.";
        var text = One("q");
        if (text?.Length > MaxText)
        {
            errors["q"] = $"Search for at most {MaxText:N0} characters.";
            text = text[..MaxText];
        }
        var single = One("single_chapter");
        if (single != null && !single.Equals("yes", StringComparison.OrdinalIgnoreCase)) errors["single_chapter"] = "Tick the box or leave it empty.";

        var filter = new WorkFilter
        {
            Text = text,
            Include = Names("include"), Exclude = Names("exclude"),
            Ratings = Names("rating"), Warnings = Names("warning"), Categories = Names("category"),
            Complete = YesNo("complete", "complete", "in progress"),
            Crossover = YesNo("crossover", "crossovers only", "no crossovers"),
            SingleChapter = single?.Equals("yes", StringComparison.OrdinalIgnoreCase) == true,
            WordsFrom = wordsFrom, WordsTo = wordsTo, UpdatedFrom = updatedFrom, UpdatedTo = updatedTo,
            Language = language, Sort = sort, Descending = descending,
            Page = int.TryParse(One("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        };
        return new BoundFilter(filter, errors, typed, FilterUrl.FacetType(One("more")));
    }

    // BCP 47 in the shapes works use: "en", "pt-BR", "zh-Hant".
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial Regex LanguageCode();
}
