using Encore.Data;
using Encore.Search;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Bookmarks;

// /users/{name}/bookmarks: a user's bookmarks, newest first, 20 a page, filterable like any work list. Private ones
// only to their owner; only works the reader may see (the index applies VisibleTo's rules).
public sealed class IndexModel(EncoreDb db) : PageModel
{
    public sealed record Row(WorkBlurb Work, string PseudName, string? Notes, IReadOnlyList<string> Tags, bool IsPrivate, bool IsRec, DateTime UpdatedAt);

    public string UserName { get; private set; } = "";
    public bool Own { get; private set; }
    public FilteredList List { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string userName, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct);
        if (user == null) return NotFound();
        var reader = HttpContext.Reader();
        UserName = user.UserName!;
        Own = reader.UserId == user.Id;
        var own = Own;
        // Oldest first, so "date bookmarked, descending" (the usual order) is newest first.
        var workIds = await db.Bookmarks.Where(b => b.UserId == user.Id && (own || !b.IsPrivate))
            .OrderBy(b => b.UpdatedAt).ThenBy(b => b.Id).Select(b => b.WorkId).ToListAsync(ct);
        var scope = new WorkListScope { WorkIds = workIds, DefaultSort = WorkSort.Listed, Sorts = [WorkSort.Listed, .. WorkSorts.Common] };
        var (redirect, list) = await FilteredListLoader.LoadAsync(this, db, scope, Links.User(UserName) + "/bookmarks", ct);
        if (redirect != null) return redirect;
        List = list!;
        List.Noun = ("Bookmark", "Bookmarks");
        List.EmptyText = "No bookmarks to show.";

        var ids = List.Works.Select(w => w.Id).ToList();
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.UserId == user.Id && ids.Contains(b.WorkId)).Include(b => b.Pseud)
            .ToDictionaryAsync(b => b.WorkId, ct);
        Rows = List.Works.Where(w => bookmarks.ContainsKey(w.Id))
            .Select(w => new Row(w, bookmarks[w.Id].Pseud.Name, bookmarks[w.Id].Notes, bookmarks[w.Id].TagList.ToList(),
                bookmarks[w.Id].IsPrivate, bookmarks[w.Id].IsRec, bookmarks[w.Id].UpdatedAt)).ToList();
        return Page();
    }
}
