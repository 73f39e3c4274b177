using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Web.Accounts;
using Encore.Web.Search;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages;

// Serves a work list from the search index: reads the filter from the query string, checks its names, runs it, and
// loads from the database only the blurbs of the page shown and the names of the facets shown.
public static class FilteredListLoader
{
    // A redirect instead of a list when the address is not the filter's stable form (a submitted form with empty
    // fields, names typed in another case): one URL per filter, so links can be shared and compared. Never when
    // something could not be read: the reader sees the message beside what they typed.
    public static async Task<(IActionResult? Redirect, FilteredList? List)> LoadAsync(
        PageModel page, EncoreDb db, WorkListScope scope, string path, CancellationToken ct)
    {
        var http = page.HttpContext;
        var reader = http.Reader();
        var bound = FilterBinder.Parse(http.Request.Query);
        var resolved = await WorkFilterResolver.ResolveAsync(db, bound.Filter, reader, scope, ct);
        var pairs = FilterUrl.Pairs(resolved.Filter, bound.More);
        if (bound.Errors.Count == 0 && resolved.Problems.Count == 0 && !FilterUrl.Says(http.Request.QueryString.Value, pairs))
            return (new RedirectResult(path + FilterUrl.Join(pairs)), null);

        var index = http.RequestServices.GetRequiredService<IndexHost>().Index;
        // Enough facet entries that the top ten remain after setting aside the pinned ones (included tags and the
        // list's own tag), and one more to know whether there are more.
        var query = resolved.Query with
        {
            PageSize = Pager.PageSize,
            FacetsPerType = FilteredList.FacetsShown + 1 + resolved.Included.Count + (scope.TagId != null ? 1 : 0),
        };
        if (bound.More != null) query = query with { Page = 1, PageSize = 1 };
        var result = index.Search(query);
        var pageNumber = resolved.Filter.Page;
        if (bound.More == null && pageNumber > Pager.Pages(result.Total))
        {
            // Past the end: the last real page, as the other lists do.
            pageNumber = Pager.Pages(result.Total);
            result = index.Search(query with { Page = pageNumber });
        }

        var ids = result.WorkIds.ToList();
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        // The index decided who may see what; PermittedTo again costs nothing and keeps a stale index from ever
        // showing a draft, restricted or hidden work to someone who may not see it.
        var works = ids.Count == 0 ? [] : await WorkBlurb.LoadAsync(db, db.Works.PermittedTo(reader).Where(w => ids.Contains(w.Id)), ct);
        works.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));

        var moreAll = bound.More is { } moreType ? FullList(result, resolved, scope, moreType) : [];
        if (bound.More != null) pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (moreAll.Count + FilteredList.FullFacetPageSize - 1) / FilteredList.FullFacetPageSize));
        var moreShown = moreAll.Skip((pageNumber - 1) * FilteredList.FullFacetPageSize).Take(FilteredList.FullFacetPageSize).ToList();
        var names = await WorkFilterResolver.NamesAsync(db,
            WorkSearchResult.FacetTypes.SelectMany(t => result.Facets[t]).Select(f => f.TagId).Concat(moreShown.Select(m => m.TagId)), ct);
        string Name(int id) => names.GetValueOrDefault(id) ?? $"#{id}";

        return (null, new FilteredList
        {
            Path = path, Bound = bound, Resolved = resolved, Scope = scope, Total = result.Total, Page = pageNumber,
            Works = works, Facets = Facets(result, resolved, scope, Name, type => path + FilterUrl.Query(resolved.Filter with { Page = 1 }, type), bound.More), Languages = index.Languages(),
            More = bound.More, MoreTotal = moreAll.Count,
            MoreEntries = moreShown.Select(m => new FacetEntry(m.Name ?? Name(m.TagId), m.Count, m.Included, m.Excluded)).ToList(),
        });
    }

    private static List<FacetGroup> Facets(WorkSearchResult result, ResolvedFilter resolved, WorkListScope scope, Func<int, string> name,
        Func<TagType, string> moreUrl, TagType? inFull)
    {
        var groups = new List<FacetGroup>();
        var filter = resolved.Filter;
        foreach (var (type, all, chosen) in new[]
        {
            (TagType.Rating, FixedTags.Ratings, filter.Ratings), (TagType.ArchiveWarning, FixedTags.Warnings, filter.Warnings),
            (TagType.Category, FixedTags.Categories, filter.Categories),
        })
        {
            // Every fixed value, in AO3's order, with its count (0 when no work in the result has it).
            var counts = result.Facets[type].ToDictionary(f => name(f.TagId), f => f.Count);
            groups.Add(new FacetGroup(type, all.Select(n => new FacetEntry(n, counts.GetValueOrDefault(n), chosen.Contains(n),
                resolved.Excluded.Any(t => t.Name == n))).ToList(), null));
        }
        foreach (var type in FilterUrl.ListedTypes)
        {
            var included = resolved.Included.Where(t => t.Type == type).ToList();
            var excluded = resolved.Excluded.Where(t => t.Type == type).ToList();
            var pinned = included.Concat(excluded).Select(t => t.Id).Append(scope.TagId ?? 0).ToHashSet();
            var rest = result.Facets[type].Where(f => !pinned.Contains(f.TagId)).ToList();
            var entries = included.Select(t => new FacetEntry(t.Name, result.Total, true, false))
                .Concat(excluded.Select(t => new FacetEntry(t.Name, 0, false, true)))
                .Concat(rest.Take(FilteredList.FacetsShown).Select(f => new FacetEntry(name(f.TagId), f.Count, false, false)));
            groups.Add(new FacetGroup(type, entries.ToList(), rest.Count > FilteredList.FacetsShown ? moreUrl(type) : null, type == inFull));
        }
        return groups;
    }

    // Every tag of a type with its count: the pinned ones first, as in the sidebar (they carry their names), then the
    // rest of the result's counts.
    private static List<(int TagId, int Count, string? Name, bool Included, bool Excluded)> FullList(
        WorkSearchResult result, ResolvedFilter resolved, WorkListScope scope, TagType type)
    {
        var included = resolved.Included.Where(t => t.Type == type).ToList();
        var excluded = resolved.Excluded.Where(t => t.Type == type).ToList();
        var pinned = included.Concat(excluded).Select(t => t.Id).Append(scope.TagId ?? 0).ToHashSet();
        return included.Select(t => (t.Id, result.Total, (string?)t.Name, true, false))
            .Concat(excluded.Select(t => (t.Id, 0, (string?)t.Name, false, true)))
            .Concat(result.AllFacets(type).Where(f => !pinned.Contains(f.TagId)).Select(f => (f.TagId, f.Count, (string?)null, false, false)))
            .ToList();
    }
}
