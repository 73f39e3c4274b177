using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages;

public sealed class IndexModel(EncoreDb db, IndexHost host) : PageModel
{
    public IReadOnlyList<WorkBlurb> Recent { get; private set; } = [];
    public IReadOnlyList<FandomCount> Fandoms { get; private set; } = [];
    public int WorkCount { get; private set; }
    public int FandomTotal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = db.Works.VisibleTo(HttpContext.Reader());
        WorkCount = await visible.CountAsync(ct);
        Recent = await WorkBlurb.LoadAsync(db, visible.NewestFirst().Take(10), ct);
        var fandoms = await FandomCount.LoadAsync(db, host.Index, HttpContext.Reader(), ct);
        FandomTotal = fandoms.Count;
        Fandoms = fandoms.OrderByDescending(f => f.Works).ThenBy(f => f.Name).Take(8).ToList();
    }
}
