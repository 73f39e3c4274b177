using Encore.Web.Accounts;
using Encore.Data;
using Encore.Catalog;
using Encore.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Authors;

public sealed class ShowModel(EncoreDb db) : PageModel
{
    public string Name { get; private set; } = "";
    public WorkListModel List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        // The author's works by id, from the creatorships' index; the search index leaves out what the reader may not see.
        var works = new WorkQuery { WorkIds = await WorkSources.AuthorWorkIdsAsync(db, name, ct) };
        var host = HttpContext.RequestServices.GetRequiredService<IndexHost>();
        List = await WorkListModel.LoadAsync(db, host, HttpContext.Reader(), works, page, Links.Author(name), ct: ct);
        if (List.Total == 0) return NotFound();
        Name = name;
        return Page();
    }
}
