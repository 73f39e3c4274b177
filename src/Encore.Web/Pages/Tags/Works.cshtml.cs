using Encore.Catalog;
using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Tags;

// A tag's works (a fandom's works page too), filterable, from the search index.
public sealed class WorksModel(EncoreDb db) : PageModel
{
    public Tag Tag { get; private set; } = null!;
    public TagNeighbours Neighbours { get; private set; } = null!;
    public FilteredList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct = default)
    {
        var tag = await WorkSources.FindTagAsync(db, name, ct);
        if (tag == null) return NotFound();
        // A synonym has no page of its own: readers land on its canonical tag, which lists the synonym's works too.
        if (tag.Merger is { } canonical) return RedirectPermanent(Links.TagWorks(canonical.Name) + Request.QueryString);

        Tag = tag;
        // The index counts a tag's synonyms and sub tags under it: filtering by the broader tag includes the narrower.
        var (redirect, list) = await FilteredListLoader.LoadAsync(this, db, new WorkListScope { TagId = tag.Id }, Links.TagWorks(tag.Name), ct);
        if (redirect != null) return redirect;
        List = list!;
        Neighbours = await TagNeighbours.LoadAsync(db, tag, ct);
        return Page();
    }
}
