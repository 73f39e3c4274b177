using Encore.Catalog;
using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Works;

namespace Encore.Web.Pages;

public sealed record WorkListModel(IReadOnlyList<WorkBlurb> Works, int Total, Pager Pager, string EmptyText)
{
    // One page of works, newest update first, from the search index: `scope` names the works (none: every work), the
    // index leaves out what the reader may not see (WorkQueries.VisibleTo's rules) and counts and orders the rest. A
    // page number out of range shows the nearest real page (the first or the last) rather than an error.
    public static async Task<WorkListModel> LoadAsync(EncoreDb db, IndexHost host, Reader reader, WorkQuery scope, int page, string path,
        string emptyText = "No works yet.", CancellationToken ct = default)
    {
        var query = IndexedWorkPage.For(scope, reader, FeedSort.Updated, FeedStatus.All, page, Pager.PageSize);
        var list = await WorkListSearch.RunAsync(db, host, query, lastPageWhenPast: true, snippets: false, ct);
        var total = list.Result.Total;
        return new WorkListModel(list.Works, total, new Pager(list.Page, Pager.Pages(total), Pager.QueryUrl(path)), emptyText);
    }
}
