using Encore.Data;
using Encore.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

// /works/search: every work the reader may see, filtered and sorted. The full-text box (q) is another part of
// issue 6; FilterBinder already reads q and FilterUrl writes it, and the form has its place marked.
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
