using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Tags;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Fandoms;

public sealed class IndexModel(EncoreDb db) : PageModel
{
    public const string Uncategorized = "Uncategorized Fandoms";
    public SortedDictionary<string, List<FandomCount>> ByMedia { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var fandom in await FandomCount.LoadAsync(db, HttpContext.Reader(), ct))
            foreach (var medium in fandom.Media.DefaultIfEmpty(Uncategorized))
            {
                if (!ByMedia.TryGetValue(medium, out var list)) ByMedia[medium] = list = [];
                list.Add(fandom);
            }
    }
}
