using Encore.Data;
using Encore.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Users;

// A creator's page: all works of a user (/users/NAME) or of one of their pseuds (/users/NAME/pseuds/PSEUD), filterable,
// from the search index. AO3's /users/NAME/works and /users/NAME/pseuds/PSEUD/works lead here.
public sealed class ShowModel(EncoreDb db) : PageModel
{
    public string UserName { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public string? Pseud { get; private set; }
    public IReadOnlyList<string> Pseuds { get; private set; } = [];
    public FilteredList List { get; private set; } = null!;
    public SubscribeButton? Subscribe { get; private set; }
    public string UserId { get; private set; } = "";
    public string? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string userName, string? pseud, CancellationToken ct = default)
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
        var path = pseud == null ? Links.User(UserName) : Links.Pseud(UserName, pseud);
        // A user's works are all their pseuds' works, which the index knows by user; one pseud's are looked up here.
        var scope = pseud == null ? new WorkListScope { CreatorUserId = user.Id } : new WorkListScope
        {
            WorkIds = await db.Creatorships.Where(c => c.Pseud != null && c.Pseud.UserId == user.Id && c.Pseud.Name == pseud)
                .Select(c => c.WorkId).Distinct().ToListAsync(ct),
        };
        var (redirect, list) = await FilteredListLoader.LoadAsync(this, db, scope, path, ct);
        if (redirect != null) return redirect;
        List = list!;
        List.EmptyText = "No works to show.";
        Subscribe = await SubscribeButton.ForAsync(HttpContext, db, null, user.Id, UserName);
        return Page();
    }
}
