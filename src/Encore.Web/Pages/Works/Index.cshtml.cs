using Encore.Web.Accounts;
using Encore.Data;
using Encore.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

public sealed class IndexModel(EncoreDb db) : PageModel
{
    public WorkListModel List { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default) =>
        List = await WorkListModel.LoadAsync(db, HttpContext.RequestServices.GetRequiredService<IndexHost>(), HttpContext.Reader(), new WorkQuery(),
            page, "/works", ct: ct);
}
