using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// One page of a filtered work list, as the HTML lists and the JSON API both serve it; with words to search for,
// passages of each work's text with the matches marked.
public sealed record WorkListPage(WorkSearchResult Result, int Page, IReadOnlyList<WorkBlurb> Works, IReadOnlyDictionary<int, IReadOnlyList<Snippet>> Snippets);

// Runs a resolved filter (WorkFilterResolver) on this node's search index: the index decides what matches, in which
// order, and the facet counts; the page's blurbs come from the node's blurb cache (the database only for works not
// yet kept).
public static class WorkListSearch
{
    public static int Pages(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    // lastPageWhenPast: a page past the end shows the last real page (the HTML lists, as the other lists do) rather
    // than nothing (the API, whose clients page until a page comes back empty).
    public static async Task<WorkListPage> RunAsync(EncoreDb db, IndexHost host, WorkQuery query, bool lastPageWhenPast, bool snippets,
        CancellationToken ct = default)
    {
        var index = host.Index;
        var result = index.Search(query);
        var page = query.Page;
        if (lastPageWhenPast && page > Pages(result.Total, query.PageSize))
        {
            page = Pages(result.Total, query.PageSize);
            result = index.Search(query with { Page = page });
        }
        // The index decided who may see what, and this node's index has every change committed before this request's
        // own POST (another node's changes within a second): the blurbs come from memory where they can.
        var works = result.WorkIds.Count == 0 ? [] : await host.Blurbs.GetAsync(db, result.WorkIds, ct);
        // Snippets only for the works shown, from their text read now: the index keeps no text.
        var found = snippets && result.Text is { HasRequired: true } text && works.Count > 0
            ? await Snippets.ForWorksAsync(db, works.Select(w => w.Id).ToList(), text.Query, ct)
            : new Dictionary<int, IReadOnlyList<Snippet>>();
        return new WorkListPage(result, page, works, found);
    }
}

// What a list is before the reader narrows it, for the lists that need the database to say: the same scope for the
// HTML page and the API.
public static class WorkListScopes
{
    // A user's works are all their pseuds' works, which the index knows by user; one pseud's are looked up here.
    public static async Task<WorkListScope> CreatorAsync(EncoreDb db, string userId, string? pseud, CancellationToken ct = default) =>
        pseud == null ? new WorkListScope { CreatorUserId = userId } : new WorkListScope
        {
            WorkIds = await db.Creatorships.Where(c => c.Pseud != null && c.Pseud.UserId == userId && c.Pseud.Name == pseud)
                .Select(c => c.WorkId).Distinct().ToListAsync(ct),
        };

    // A user's bookmarks: private ones only to their owner. Oldest first, so "date bookmarked, descending" (the usual
    // order) is newest first. The index then leaves out what the reader may not see.
    public static async Task<WorkListScope> BookmarksAsync(EncoreDb db, string ownerId, Reader reader, CancellationToken ct = default)
    {
        var own = reader.UserId == ownerId;
        var workIds = await db.Bookmarks.Where(b => b.UserId == ownerId && (own || !b.IsPrivate))
            .OrderBy(b => b.UpdatedAt).ThenBy(b => b.Id).Select(b => b.WorkId).ToListAsync(ct);
        return new WorkListScope { WorkIds = workIds, DefaultSort = WorkSort.Listed, Sorts = [WorkSort.Listed, .. WorkSorts.Common] };
    }
}
