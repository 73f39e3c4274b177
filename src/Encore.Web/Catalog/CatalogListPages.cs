using Encore.Catalog;
using Encore.People;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Catalog;

public sealed partial class CatalogLists
{
    private sealed record ListInfo(string Key, string Title, string? HtmlPage, string? FeedPath)
    {
        public int? SeriesOrder { get; init; }
    }

    private async Task<CatalogFeed> ListAsync(ListInfo list, Reader reader, IQueryable<Work> works, CatalogView view,
        Func<CatalogView, CatalogPath> pathOf, bool facets, CancellationToken ct)
    {
        var filtered = works.WithStatus(view.Status);
        var ordered = list.SeriesOrder is { } seriesId ? filtered.InSeriesOrder(seriesId) : filtered.SortedBy(view.Sort);
        var page = await WorkPage.LoadAsync(db, ordered, view.Page, ct: ct);
        // An empty list changed last when the archive did, as far as this reader can tell.
        var updated = page.LatestUpdate ?? await db.Works.VisibleTo(reader).MaxAsync(w => (DateTime?)w.UpdatedAt, ct) ?? DateTime.UnixEpoch;
        return new CatalogFeed(list.Key, list.Title, CatalogKind.Acquisition, updated, pathOf(view))
        {
            HtmlPage = list.HtmlPage,
            FeedPath = list.FeedPath,
            Up = CatalogPaths.Root,
            Works = page.Works,
            Paging = new CatalogPaging(page.Page, page.Pages, page.Total, page.PageSize, p => pathOf(view with { Page = p })),
            Facets = facets ? await FacetsAsync(works, view, page.Total, pathOf, ct) : [],
        };
    }

    // Two groups: the order (newest update, most kudos) and the status (all, complete, in progress), each link
    // keeping the other group's choice and going back to page one. Counts are for the list the link leads to.
    private static async Task<IReadOnlyList<CatalogFacet>> FacetsAsync(IQueryable<Work> works, CatalogView view, int shown,
        Func<CatalogView, CatalogPath> pathOf, CancellationToken ct)
    {
        var all = view.Status == FeedStatus.All ? shown : await works.CountAsync(ct);
        var complete = view.Status == FeedStatus.Complete ? shown : await works.WithStatus(FeedStatus.Complete).CountAsync(ct);
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
