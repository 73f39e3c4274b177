using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Tags;

// Every child tag of one type, by name: where a tag page's "All N characters" leads when it shows only the first few.
// Read straight from the tag tables (one indexed page of links), not the hot works list, so nothing is cached.
public sealed class ChildrenModel(EncoreDb db, IndexHost host) : PageModel
{
    public const int PageSize = 500;

    public Tag Tag { get; private set; } = null!;
    public TagType Type { get; private set; }
    public IReadOnlyList<TagLink> Children { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, string? type, int page = 1, CancellationToken ct = default)
    {
        var tag = await host.Tags.FindAsync(db, Tag.Normalize(TagUrl.Unescape(name)), ct);
        if (tag == null) return NotFound();
        // Only canonical tags have children; a synonym's list is its canonical tag's.
        if (tag.Merger is { } canonical) return RedirectPermanent(Links.TagChildren(canonical.Name, Parse(type) ?? TagType.Character));
        if (Parse(type) is not { } kind) return NotFound();

        Tag = tag;
        Type = kind;
        var all = TagNeighbours.ChildrenOf(db, tag.Id, kind);
        Total = await all.CountAsync(ct);
        var pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (page < 1 || page > pages) return NotFound();
        Children = await all.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, pages, Pager.QueryUrl(Links.TagChildren(tag.Name, kind)));
        return Page();
    }

    // The type as the API and filters spell it ("character", "additional_tag").
    private static TagType? Parse(string? type) =>
        Enum.GetValues<TagType>().Where(t => TagApiEndpoints.Kind(t) == type?.ToLowerInvariant()).Select(t => (TagType?)t).FirstOrDefault();
}
