using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages;

public sealed record WorkListModel(IReadOnlyList<WorkBlurb> Works, int Total, Pager Pager, string EmptyText)
{
    // One page of works, newest update first. A page number out of range shows the nearest real page (the first or
    // the last) rather than an error.
    public static async Task<WorkListModel> LoadAsync(
        EncoreDb db, IQueryable<Work> works, int page, string path, string emptyText = "No works yet.", CancellationToken ct = default)
    {
        var total = await works.CountAsync(ct);
        var pages = Pager.Pages(total);
        page = Math.Clamp(page, 1, pages);
        var blurbs = await WorkBlurb.LoadAsync(db, works.NewestFirst().Skip((page - 1) * Pager.PageSize).Take(Pager.PageSize), ct);
        return new WorkListModel(blurbs, total, new Pager(page, pages, Pager.QueryUrl(path)), emptyText);
    }
}
