using Encore.Catalog;
using Encore.Data;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Account;

public sealed record DraftRow(int Id, string Title, int Words, int Chapters, DateTime UpdatedAt);

// /account/drafts: the user's unposted works (as any of their accepted pseuds), newest first.
[Authorize]
public sealed class DraftsModel(EncoreDb db) : PageModel
{
    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The user's works first (from the creatorships' index), then which of them are drafts: asked the other way
        // round, the database walked every work in the archive newest first to find a user's few drafts.
        var own = await WorkSources.UserWorkIdsAsync(db, HttpContext.Reader().UserId!, ct: ct);   // [Authorize]: signed in
        Drafts = await db.Works
            .Where(w => w.IsDraft && own.Contains(w.Id))
            .OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id)
            .Select(w => new DraftRow(w.Id, w.Title, w.WordCount, w.ChapterCount, w.UpdatedAt)).ToListAsync(ct);
    }
}
