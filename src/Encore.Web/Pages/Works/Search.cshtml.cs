using Encore.Data;
using Encore.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

// /works/search: every work the reader may see, searched by words (q, in the sidebar of every filtered list),
// filtered and sorted; with words, best match (relevance) is the usual order and each work shows excerpts.
public sealed class SearchModel(EncoreDb db) : PageModel
{
    public FilteredList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (redirect, list) = await FilteredListLoader.LoadAsync(this, db, new WorkListScope(), "/works/search", ct);
        if (redirect != null) return redirect;
        List = list!;
        return Page();
    }
}
