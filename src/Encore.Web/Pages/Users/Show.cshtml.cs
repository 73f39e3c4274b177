using Encore.Web.Accounts;
using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Users;

// A creator's page: all works of a user (/users/NAME) or of one of their pseuds (/users/NAME/pseuds/PSEUD).
public sealed class ShowModel(EncoreDb db) : PageModel
{
    public string UserName { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public string? Pseud { get; private set; }
    public IReadOnlyList<string> Pseuds { get; private set; } = [];
    public WorkListModel List { get; private set; } = null!;
    public SubscribeButton? Subscribe { get; private set; }
    public string UserId { get; private set; } = "";
    public string? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string userName, string? pseud, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct);
        if (user == null) return NotFound();
        UserName = user.UserName!;
        UserId = user.Id;
        Profile = pseud == null ? user.Profile : null;
        Pseuds = await db.Pseuds.Where(p => p.UserId == user.Id).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).Select(p => p.Name).ToListAsync(ct);
        if (pseud != null && !Pseuds.Contains(pseud)) return NotFound();

        Pseud = pseud;
        Heading = pseud == null || pseud == UserName ? UserName : $"{pseud} ({UserName})";
        var works = db.Works.VisibleTo(HttpContext.Reader())
            .Where(w => w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == user.Id && (pseud == null || c.Pseud.Name == pseud)));
        var path = pseud == null ? Links.User(UserName) : Links.Pseud(UserName, pseud);
        Subscribe = await SubscribeButton.ForAsync(HttpContext, db, null, user.Id, UserName);
        List = await WorkListModel.LoadAsync(db, works, page, path, "No works to show.", ct);
        return Page();
    }
}
