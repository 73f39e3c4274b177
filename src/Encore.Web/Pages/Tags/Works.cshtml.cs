using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Tags;

public sealed class WorksModel(EncoreDb db) : PageModel
{
    public Tag Tag { get; private set; } = null!;
    public TagNeighbours Neighbours { get; private set; } = null!;
    public WorkListModel List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        var normalized = Tag.Normalize(TagUrl.Unescape(name));
        var tag = await db.Tags.Include(t => t.Merger).AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
        if (tag == null) return NotFound();
        // A synonym has no page of its own: readers land on its canonical tag, which lists the synonym's works too.
        if (tag.Merger is { } canonical) return RedirectPermanent(Links.TagWorks(canonical.Name));

        Tag = tag;
        Neighbours = await TagNeighbours.LoadAsync(db, tag, ct);
        // Sub tags' works are listed under their meta tag: filtering by the broader tag includes the narrower.
        var family = await TagFamily.LoadAsync(db, tag.Id, ct);
        List = await WorkListModel.LoadAsync(db, db.Works.VisibleTo(HttpContext.Reader()).TaggedWith(family), page,
            Links.TagWorks(tag.Name), "No works carry this tag yet.", ct);
        return Page();
    }
}
