using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Fandoms;

public sealed class IndexModel(EncoreDb db, IndexHost host) : PageModel
{
    public SortedDictionary<string, List<FandomCount>> ByMedia { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => ByMedia = await FandomCount.ByMediaAsync(db, host.Index, HttpContext.Reader(), ct);
}
