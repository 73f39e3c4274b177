using Encore.Data;
using Encore.Tags;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Admin.Tags;

// One tag's wrangling: canonical or not, merge into a canonical tag, parents and meta tags. Each form posts to its
// own handler; a problem is shown next to the field it concerns, success returns to the page with a notice.
public sealed class EditModel(EncoreDb db) : PageModel
{
    [BindProperty] public string? MergeInto { get; set; }
    [BindProperty] public string? ParentName { get; set; }

    public Tag Tag { get; private set; } = null!;
    public TagNeighbours Neighbours { get; private set; } = null!;
    public IReadOnlyList<TagLink> CharacterFandoms { get; private set; } = [];
    public List<string> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct) =>
        Refusal() ?? (await LoadAsync(name, ct) ? Page() : NotFound());

    public Task<IActionResult> OnPostCanonicalAsync(string name, bool canonical, CancellationToken ct) =>
        ChangeAsync(name, w => w.SetCanonicalAsync(Tag.Id, canonical, ct), canonical ? "The tag is canonical." : "The tag is no longer canonical.", ct);

    public Task<IActionResult> OnPostMergeAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, w => w.MergeAsync(Tag.Id, MergeInto, ct), $"Merged into {MergeInto?.Trim()}.", ct);

    public Task<IActionResult> OnPostAddParentAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, w => w.AddParentAsync(Tag.Id, ParentName, ct), $"Added {ParentName?.Trim()}.", ct);

    public Task<IActionResult> OnPostRemoveParentAsync(string name, int parentId, CancellationToken ct) =>
        ChangeAsync(name, w => w.RemoveParentAsync(Tag.Id, parentId, ct), "Removed the parent.", ct);

    public Task<IActionResult> OnPostCharacterFandomsAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, w => w.AddCharacterFandomsAsync(Tag.Id, ct), "Added the characters' fandoms.", ct);

    private async Task<IActionResult> ChangeAsync(string name, Func<TagWrangling, Task<FieldProblem?>> change, string notice, CancellationToken ct)
    {
        if (Refusal() is { } refusal) return refusal;
        if (!await LoadAsync(name, ct)) return NotFound();
        var problem = await change(new TagWrangling(db));
        if (problem == null)
        {
            TempData["Notice"] = notice;
            return Redirect(Links.AdminTag(Tag.Name));
        }
        db.ChangeTracker.Clear();
        await LoadAsync(name, ct);
        ModelState.AddModelError(problem.Field, problem.Message);
        return Page();
    }

    private IActionResult? Refusal()
    {
        var reader = HttpContext.Reader();
        if (!reader.SignedIn) return Challenge();
        return reader.IsAdmin ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task<bool> LoadAsync(string name, CancellationToken ct)
    {
        var normalized = Tag.Normalize(TagUrl.Unescape(name));
        var tag = await db.Tags.Include(t => t.Merger).AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
        if (tag == null) return false;
        Tag = tag;
        Neighbours = await TagNeighbours.LoadAsync(db, tag, ct);
        if (tag.Type == TagType.Relationship) CharacterFandoms = await new TagWrangling(db).CharacterFandomsAsync(tag.Id, ct);
        // The datalist offers canonical tags the forms accept: same type (merge, meta) and the parent type.
        var parentType = TagWrangling.ParentTypeOf(tag.Type);
        Suggestions = await db.Tags.Where(t => (t.Type == tag.Type || t.Type == parentType) && t.Canonical && t.MergerId == null && t.Id != tag.Id)
            .OrderBy(t => t.Name).Select(t => t.Name).Take(500).ToListAsync(ct);
        return true;
    }
}
