using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

public sealed class IndexModel(EncoreDb db) : PageModel
{
    public WorkListModel List { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default) =>
        List = await WorkListModel.LoadAsync(db, db.Works.VisibleTo(HttpContext.Reader()), page, "/works", ct: ct);
}
