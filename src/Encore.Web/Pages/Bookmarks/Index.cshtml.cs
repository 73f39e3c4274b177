using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Bookmarks;

// /users/{name}/bookmarks: a user's bookmarks, newest first, 20 a page. Private ones only to their owner; only works
// the reader may see (VisibleTo).
public sealed class IndexModel(EncoreDb db) : PageModel
{
    public sealed record Row(WorkBlurb Work, string PseudName, string? Notes, IReadOnlyList<string> Tags, bool IsPrivate, bool IsRec, DateTime UpdatedAt);

    public string UserName { get; private set; } = "";
    public bool Own { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string userName, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct);
        if (user == null) return NotFound();
        var reader = HttpContext.Reader();
        UserName = user.UserName!;
        Own = reader.UserId == user.Id;
        var visible = db.Works.VisibleTo(reader);
        var own = Own;
        var bookmarks = db.Bookmarks.AsNoTracking()
            .Where(b => b.UserId == user.Id && (own || !b.IsPrivate) && visible.Any(w => w.Id == b.WorkId));
        var pages = Pager.Pages(await bookmarks.CountAsync(ct));
        page = Math.Clamp(page, 1, pages);
        var list = await bookmarks.OrderByDescending(b => b.UpdatedAt).ThenByDescending(b => b.Id)
            .Skip((page - 1) * Pager.PageSize).Take(Pager.PageSize).Include(b => b.Pseud).ToListAsync(ct);
        var ids = list.Select(b => b.WorkId).ToList();
        var blurbs = (await WorkBlurb.LoadAsync(db, db.Works.Where(w => ids.Contains(w.Id)), ct)).ToDictionary(b => b.Id);
        Rows = list.Select(b => new Row(blurbs[b.WorkId], b.Pseud.Name, b.Notes, b.TagList.ToList(), b.IsPrivate, b.IsRec, b.UpdatedAt)).ToList();
        Pager = new Pager(page, pages, Pager.QueryUrl(Links.User(UserName) + "/bookmarks"));
        return Page();
    }
}
