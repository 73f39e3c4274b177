using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Authors;

public sealed class ShowModel(EncoreDb db) : PageModel
{
    public string Name { get; private set; } = "";
    public WorkListModel List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        var works = db.Works.VisibleTo(HttpContext.Reader()).Where(w => w.Creators.Any(c => c.ExternalName == name));
        List = await WorkListModel.LoadAsync(db, works, page, Links.Author(name), ct: ct);
        if (List.Total == 0) return NotFound();
        Name = name;
        return Page();
    }
}
