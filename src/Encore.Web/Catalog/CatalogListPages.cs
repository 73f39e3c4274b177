using Encore.Catalog;
using Encore.People;
using Encore.Search;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Catalog;

public sealed partial class CatalogLists
{
    private sealed record ListInfo(string Key, string Title, string? HtmlPage, string? FeedPath);

    // Every list but a series in reading order comes from the search index (IndexedWorkPage): `scope` names the
    // works, the index applies who may see what, the status, the order and the page.
    private async Task<CatalogFeed> ListAsync(ListInfo list, Reader reader, WorkQuery scope, CatalogView view,
        Func<CatalogView, CatalogPath> pathOf, bool facets, CancellationToken ct)
    {
        var query = IndexedWorkPage.For(scope, reader, view.Sort, view.Status, view.Page);
        var page = await IndexedWorkPage.LoadAsync(db, host, query, ct);
        int Count(FeedStatus status) => view.Status == status ? page.Total
            : IndexedWorkPage.Count(host, IndexedWorkPage.For(scope, reader, view.Sort, status, 1));
        return await FeedAsync(list, reader, view, pathOf, page, facets ? Facets(view, page.Total, Count(FeedStatus.All), Count(FeedStatus.Complete), pathOf) : [], ct);
    }

    // A series from the database: the index does not keep a series' own order, and a series is a few dozen works.
    private async Task<CatalogFeed> SeriesListAsync(ListInfo list, Reader reader, IQueryable<Work> works, int? readingOrderOf, CatalogView view,
        Func<CatalogView, CatalogPath> pathOf, CancellationToken ct)
    {
        var filtered = works.WithStatus(view.Status);
        var ordered = readingOrderOf is { } seriesId ? filtered.InSeriesOrder(seriesId) : filtered.SortedBy(view.Sort);
        var page = await WorkPage.LoadAsync(db, ordered, view.Page, ct: ct);
        return await FeedAsync(list, reader, view, pathOf, page, [], ct);
    }

    private async Task<CatalogFeed> FeedAsync(ListInfo list, Reader reader, CatalogView view, Func<CatalogView, CatalogPath> pathOf,
        WorkPage page, IReadOnlyList<CatalogFacet> facets, CancellationToken ct)
    {
        // An empty list changed last when the archive did, as far as this reader can tell.
        var updated = page.LatestUpdate ?? await IndexedWorkPage.LatestUpdateAsync(db, host, reader, ct) ?? DateTime.UnixEpoch;
        return new CatalogFeed(list.Key, list.Title, CatalogKind.Acquisition, updated, pathOf(view))
        {
            HtmlPage = list.HtmlPage,
            FeedPath = list.FeedPath,
            Up = CatalogPaths.Root,
            Works = page.Works,
            Paging = new CatalogPaging(page.Page, page.Pages, page.Total, page.PageSize, p => pathOf(view with { Page = p })),
            Facets = facets,
        };
    }

    // Two groups: the order (newest update, most kudos) and the status (all, complete, in progress), each link
    // keeping the other group's choice and going back to page one. Counts are for the list the link leads to.
    private static IReadOnlyList<CatalogFacet> Facets(CatalogView view, int shown, int all, int complete, Func<CatalogView, CatalogPath> pathOf)
    {
        var first = view with { Page = 1 };
        CatalogFacet Sort(FeedSort sort, string title) => new("Sort", title, pathOf(first with { Sort = sort }), view.Sort == sort, shown);
        CatalogFacet Status(FeedStatus status, string title, int count) =>
            new("Status", title, pathOf(first with { Status = status }), view.Status == status, count);
        return
        [
            Sort(FeedSort.Updated, "Recently updated"), Sort(FeedSort.Kudos, "Most kudos"),
            Status(FeedStatus.All, "All works", all), Status(FeedStatus.Complete, "Complete works only", complete),
            Status(FeedStatus.InProgress, "Works in progress only", all - complete),
        ];
    }
}
