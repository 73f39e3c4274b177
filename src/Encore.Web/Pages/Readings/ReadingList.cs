using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Readings;

// One row of History or Marked for Later: the work as a blurb, with when and where the reader last was.
public sealed record ReadingRow(WorkBlurb Work, DateTime LastReadAt, int Visits, string? LastChapter, int? LastChapterId);

public sealed record ReadingListModel(IReadOnlyList<ReadingRow> Rows, Pager Pager);

public static class ReadingList
{
    // Newest first, 20 a page, only works the reader may still see.
    public static async Task<ReadingListModel> LoadAsync(EncoreDb db, Reader reader, bool later, int page, string path, CancellationToken ct)
    {
        var visible = db.Works.VisibleTo(reader);
        var readings = db.Readings.AsNoTracking()
            .Where(r => r.UserId == reader.UserId && (later ? r.MarkedForLater : r.Visits > 0) && visible.Any(w => w.Id == r.WorkId));
        var pages = Pager.Pages(await readings.CountAsync(ct));
        page = Math.Clamp(page, 1, pages);
        var rows = await readings.OrderByDescending(r => r.LastReadAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * Pager.PageSize).Take(Pager.PageSize)
            .Select(r => new { r.WorkId, r.LastReadAt, r.Visits, r.LastChapterId,
                Chapter = db.Chapters.Where(c => c.Id == r.LastChapterId).Select(c => new { c.Position, c.Title }).FirstOrDefault() })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.WorkId).ToList();
        var blurbs = (await WorkBlurb.LoadAsync(db, db.Works.Where(w => ids.Contains(w.Id)), ct)).ToDictionary(b => b.Id);
        return new ReadingListModel(rows.Select(r => new ReadingRow(blurbs[r.WorkId], r.LastReadAt, r.Visits,
            r.Chapter == null ? null : new Chapter { Content = "", Position = r.Chapter.Position, Title = r.Chapter.Title }.Heading, r.LastChapterId)).ToList(),
            new Pager(page, pages, Pager.QueryUrl(path)));
    }
}
