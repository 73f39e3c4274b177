using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Tags;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Fandoms;

public sealed class IndexModel(EncoreDb db) : PageModel
{
    public SortedDictionary<string, List<FandomCount>> ByMedia { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => ByMedia = await FandomCount.ByMediaAsync(db, HttpContext.Reader(), ct);
}
