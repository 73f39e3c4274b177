using Encore.Catalog;
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
        var tag = await WorkSources.FindTagAsync(db, name, ct);
        if (tag == null) return NotFound();
        // A synonym has no page of its own: readers land on its canonical tag, which lists the synonym's works too.
        if (tag.Merger is { } canonical) return RedirectPermanent(Links.TagWorks(canonical.Name));

        Tag = tag;
        Neighbours = await TagNeighbours.LoadAsync(db, tag, ct);
        // Sub tags' works are listed under their meta tag: filtering by the broader tag includes the narrower.
        List = await WorkListModel.LoadAsync(db, await WorkSources.TaggedAsync(db, HttpContext.Reader(), tag, ct), page,
            Links.TagWorks(tag.Name), "No works carry this tag yet.", ct);
        return Page();
    }
}
