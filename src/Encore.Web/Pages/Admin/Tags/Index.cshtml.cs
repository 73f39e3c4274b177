using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Admin.Tags;

// Unwrangled tags per fandom, most used first, for admins; filtered by fandom name and tag type in the query
// string so a wrangler's view can be bookmarked.
public sealed class IndexModel(EncoreDb db, IndexHost index) : PageModel
{
    public static readonly TagType[] Types = [TagType.Character, TagType.Relationship, TagType.Freeform];

    [BindProperty(SupportsGet = true)] public string? Fandom { get; set; }
    [BindProperty(SupportsGet = true)] public TagType? Type { get; set; }
    public List<UnwrangledTag> Rows { get; private set; } = [];
    public List<string> Fandoms { get; private set; } = [];
    public string? FandomProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var reader = HttpContext.Reader();
        if (!reader.SignedIn) return Challenge();
        if (!reader.IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);

        Fandoms = await db.Tags.Canonical(TagType.Fandom).OrderBy(t => t.Name).Select(t => t.Name).Take(1000).ToListAsync(ct);
        int? fandomId = null;
        if (!string.IsNullOrWhiteSpace(Fandom))
        {
            var normalized = Tag.Normalize(Fandom);
            var fandom = await db.Tags.FirstOrDefaultAsync(t => t.NormalizedName == normalized && t.Type == TagType.Fandom, ct);
            if (fandom == null) { FandomProblem = $"There is no fandom called \"{Fandom.Trim()}\"."; return Page(); }
            fandomId = fandom.MergerId ?? fandom.Id;
        }
        if (Type != null && !Types.Contains(Type.Value)) Type = null;
        Rows = await UnwrangledTags.LoadAsync(db, index.Index, fandomId, Type, ct);
        return Page();
    }
}
