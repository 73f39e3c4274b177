using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

public sealed class NavigateModel(EncoreDb db) : PageModel
{
    public Work Work { get; private set; } = null!;
    public IReadOnlyList<CreatorName> Creators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var work = await WorkReading.LoadAsync(db, id, HttpContext.Reader(), ct);
        if (work == null) return NotFound();
        Work = work;
        Creators = WorkBlurb.From(work).Creators;
        return Page();
    }
}
