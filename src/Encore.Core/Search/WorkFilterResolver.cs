using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// A filter checked against the archive. Filter is the same filter in its stable form: every name as the archive
// spells it (a synonym becomes its canonical tag), unknown names and a sort the list does not offer dropped, each
// with a problem for the reader. Query is what the index runs.
public sealed record ResolvedFilter(
    WorkFilter Filter, WorkQuery Query, IReadOnlyList<FilterProblem> Problems,
    IReadOnlyList<TagRef> Included, IReadOnlyList<TagRef> Excluded,
    IReadOnlyList<string> UnknownIncluded, IReadOnlyList<string> UnknownExcluded);

public static class WorkFilterResolver
{
    public static async Task<ResolvedFilter> ResolveAsync(
        EncoreDb db, WorkFilter filter, Reader reader, WorkListScope scope, CancellationToken ct = default)
    {
        var names = filter.Include.Concat(filter.Exclude).Concat(filter.Ratings).Concat(filter.Warnings).Concat(filter.Categories)
            .Select(Tag.Normalize).Distinct().ToList();
        // One query for every name; a synonym comes with the canonical tag it stands for.
        var found = names.Count == 0 ? [] : await db.Tags.AsNoTracking().Where(t => names.Contains(t.NormalizedName))
            .Select(t => new { t.NormalizedName, Tag = new TagRef(t.Id, t.Type, t.Name), Merger = t.Merger == null ? null : new TagRef(t.Merger.Id, t.Merger.Type, t.Merger.Name) })
            .ToListAsync(ct);
        var byName = found.ToDictionary(f => f.NormalizedName, f => f.Merger ?? f.Tag);
        var problems = new List<FilterProblem>();

        List<TagRef> Tags(IReadOnlyList<string> list, string field, List<string> unknown)
        {
            var tags = new List<TagRef>();
            foreach (var name in list)
            {
                if (byName.TryGetValue(Tag.Normalize(name), out var tag)) { if (tags.All(t => t.Id != tag.Id)) tags.Add(tag); }
                else
                {
                    unknown.Add(name);
                    problems.Add(new(field, $"There is no tag called \"{name}\". Check the spelling; the rest of the filter still applies."));
                }
            }
            return tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        }

        List<TagRef> Fixed(IReadOnlyList<string> list, string field, TagType type, string[] order)
        {
            var tags = new List<TagRef>();
            foreach (var name in list)
            {
                if (byName.TryGetValue(Tag.Normalize(name), out var tag) && tag.Type == type) { if (tags.All(t => t.Id != tag.Id)) tags.Add(tag); }
                else problems.Add(new(field, $"\"{name}\" is not one of the {type.Plural().ToLowerInvariant()}."));
            }
            return tags.OrderBy(t => Array.IndexOf(order, t.Name)).ToList();
        }

        var unknownIncluded = new List<string>();
        var unknownExcluded = new List<string>();
        var include = Tags(filter.Include, "include", unknownIncluded);
        var exclude = Tags(filter.Exclude, "exclude", unknownExcluded);
        var ratings = Fixed(filter.Ratings, "rating", TagType.Rating, FixedTags.Ratings);
        var warnings = Fixed(filter.Warnings, "warning", TagType.ArchiveWarning, FixedTags.Warnings);
        var categories = Fixed(filter.Categories, "category", TagType.Category, FixedTags.Categories);

        var sort = filter.Sort;
        if (sort is { } s && !scope.Sorts.Contains(s))
        {
            problems.Add(new("sort", $"This list cannot be sorted by {WorkSorts.Label(s).ToLowerInvariant()}."));
            sort = null;
        }
        var effectiveSort = sort ?? scope.DefaultSort;
        // Stable form: the list's usual sort and the sort's usual direction are left unsaid.
        var descending = filter.Descending is { } d && d != WorkSorts.DescendingByDefault(effectiveSort) ? d : (bool?)null;

        var stable = filter with
        {
            Include = include.Select(t => t.Name).ToList(), Exclude = exclude.Select(t => t.Name).ToList(),
            Ratings = ratings.Select(t => t.Name).ToList(), Warnings = warnings.Select(t => t.Name).ToList(),
            Categories = categories.Select(t => t.Name).ToList(),
            Sort = effectiveSort == scope.DefaultSort ? null : effectiveSort, Descending = descending,
            Page = Math.Max(1, filter.Page),
        };
        var query = new WorkQuery
        {
            IncludeTagIds = (scope.TagId is { } tagId ? [tagId] : Array.Empty<int>()).Concat(include.Select(t => t.Id)).ToList(),
            ExcludeTagIds = exclude.Select(t => t.Id).ToList(),
            RatingIds = ratings.Select(t => t.Id).ToList(),
            WarningIds = warnings.Select(t => t.Id).ToList(),
            CategoryIds = categories.Select(t => t.Id).ToList(),
            Complete = filter.Complete,
            Crossover = filter.Crossover,
            SingleChapter = filter.SingleChapter,
            WordsMin = filter.WordsFrom,
            WordsMax = filter.WordsTo,
            // Dates are whole UTC days, both ends included.
            UpdatedFrom = filter.UpdatedFrom?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            UpdatedTo = filter.UpdatedTo?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddTicks(-1),
            Language = filter.Language,
            CreatorUserId = scope.CreatorUserId,
            WorkIds = scope.WorkIds,
            Sort = effectiveSort,
            Descending = descending ?? WorkSorts.DescendingByDefault(effectiveSort),
            Page = stable.Page,
        }.ForReader(reader);
        return new ResolvedFilter(stable, query, problems, include, exclude, unknownIncluded, unknownExcluded);
    }

    // The reader's side of every query: who they are, and what they chose not to see (suggested tags only when they
    // asked for those to be hidden as well), exactly as WorkQueries.VisibleTo applies it to database queries.
    public static WorkQuery ForReader(this WorkQuery query, Reader reader) => query with
    {
        ReaderUserId = reader.UserId,
        ReaderIsAdmin = reader.IsAdmin,
        MutedUserIds = reader.MutedUserIds,
        BlockedTagIds = reader.BlockedTagIds,
        BlockedSuggestionNames = reader.BlockSuggestedTags ? reader.BlockedTagNames : [],
    };

    // Names for the tags a page shows (facets, a page of the full list), in one query.
    public static async Task<Dictionary<int, string>> NamesAsync(EncoreDb db, IEnumerable<int> tagIds, CancellationToken ct = default)
    {
        var ids = tagIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
    }
}
