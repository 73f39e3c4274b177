using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Catalog;

public enum FeedSort { Updated, Kudos }

public enum FeedStatus { All, Complete, InProgress }

// One page of works for a feed or a catalog, with what paging links need.
public sealed record WorkPage(IReadOnlyList<FeedWork> Works, int Total, int Page, int PageSize)
{
    // Feeds and catalog pages: within the 20–50 entries feed readers expect, small enough for an e-reader on Wi-Fi.
    public const int DefaultSize = 25;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    // The feed changes when its newest entry does; null when the page is empty.
    public DateTime? LatestUpdate => Works.Count == 0 ? null : Works.Max(w => w.Blurb.UpdatedAt);

    // `works` is filtered and ordered (every order ends on the id, so pages never overlap or skip a work). A page
    // past the end is empty rather than an error: a client following `next` links after a change simply stops.
    public static async Task<WorkPage> LoadAsync(EncoreDb db, IQueryable<Work> works, int page, int size = DefaultSize, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var total = await works.CountAsync(ct);
        var entries = await FeedWork.LoadAsync(db, works.Skip((page - 1) * size).Take(size), ct);
        return new WorkPage(entries, total, page, size);
    }
}

public static class WorkPageQueries
{
    public static IQueryable<Work> WithStatus(this IQueryable<Work> works, FeedStatus status) => status switch
    {
        FeedStatus.Complete => works.Where(w => w.IsComplete),
        FeedStatus.InProgress => works.Where(w => !w.IsComplete),
        _ => works,
    };

    public static IQueryable<Work> SortedBy(this IQueryable<Work> works, FeedSort sort) => sort switch
    {
        FeedSort.Kudos => works.OrderByDescending(w => w.KudosCount).ThenByDescending(w => w.Id),
        _ => works.NewestFirst(),
    };

    // A series reads in its own order.
    public static IQueryable<Work> InSeriesOrder(this IQueryable<Work> works, int seriesId) =>
        works.OrderBy(w => w.SeriesLinks.First(l => l.SeriesId == seriesId).Position).ThenBy(w => w.Id);
}
