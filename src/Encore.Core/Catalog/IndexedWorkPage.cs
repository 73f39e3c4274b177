using Encore.Data;
using Encore.People;
using Encore.Search;

namespace Encore.Catalog;

// Feed and catalog pages answered by the search index, as the HTML lists are: the index decides which works the
// reader may see (the same rules as WorkQueries.VisibleTo), counts them and orders them, so a page costs a bitset walk
// instead of a count and a sort over every visible work in SQL (a big fandom's feed took 1.3 s at 100,000 works).
public static class IndexedWorkPage
{
    // `scope` names the list (a tag, a set of work ids, words to search for); the reader, status, order and page are
    // added here. Newest update first and most kudos both break ties by id, descending, as SortedBy does.
    public static WorkQuery For(WorkQuery scope, Reader reader, FeedSort sort, FeedStatus status, int page, int size = WorkPage.DefaultSize) =>
        (scope with
        {
            Complete = status switch { FeedStatus.Complete => true, FeedStatus.InProgress => false, _ => null },
            Sort = sort == FeedSort.Kudos ? WorkSort.Kudos : WorkSort.Updated,
            Descending = true,
            Page = Math.Max(1, page),
            PageSize = size,
            FacetsPerType = 0,
        }).ForReader(reader);

    // One page; past the end it is empty, as WorkPage.LoadAsync's is.
    public static async Task<WorkPage> LoadAsync(EncoreDb db, IndexHost host, WorkQuery query, CancellationToken ct = default)
    {
        var result = host.Index.Search(query);
        var blurbs = result.WorkIds.Count == 0 ? [] : await host.Blurbs.GetAsync(db, result.WorkIds, ct);
        return new WorkPage(await FeedWork.LoadAsync(db, blurbs, ct), result.Total, query.Page, query.PageSize);
    }

    public static int Count(IndexHost host, WorkQuery query) => host.Index.Search(query with { Page = 1, PageSize = 1 }).Total;

    // When the newest work this reader may see was updated: what an empty list says it last changed.
    public static async Task<DateTime?> LatestUpdateAsync(EncoreDb db, IndexHost host, Reader reader, CancellationToken ct = default)
    {
        var newest = host.Index.Search(For(new WorkQuery(), reader, FeedSort.Updated, FeedStatus.All, 1, 1)).WorkIds;
        return newest.Count == 0 ? null : (await host.Blurbs.GetAsync(db, newest, ct)).FirstOrDefault()?.UpdatedAt;
    }
}
