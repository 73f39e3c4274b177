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
        var userId = HttpContext.Reader().UserId;
        Drafts = await db.Works
            .Where(w => w.IsDraft && w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == userId && !c.IsPending))
            .OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id)
            .Select(w => new DraftRow(w.Id, w.Title, w.WordCount, w.ChapterCount, w.UpdatedAt)).ToListAsync(ct);
    }
}
