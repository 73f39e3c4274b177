using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Series;

public sealed class ShowModel(EncoreDb db) : PageModel
{
    public Encore.Works.Series Series { get; private set; } = null!;
    public IReadOnlyList<WorkBlurb> Works { get; private set; } = [];
    public IReadOnlyList<CreatorName> Creators { get; private set; } = [];
    public SubscribeButton? Subscribe { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (series == null) return NotFound();
        var works = db.Works.VisibleTo(HttpContext.Reader()).Where(w => w.SeriesLinks.Any(l => l.SeriesId == id))
            .OrderBy(w => w.SeriesLinks.First(l => l.SeriesId == id).Position);
        Works = await WorkBlurb.LoadAsync(db, works, ct);
        // A series whose every work is hidden from this reader does not exist for them.
        if (Works.Count == 0) return NotFound();
        Series = series;
        Creators = Works.SelectMany(w => w.Creators).Distinct().ToList();
        Subscribe = await SubscribeButton.ForAsync(HttpContext, db, id, null, null);
        return Page();
    }
}
