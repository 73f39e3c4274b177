using System.ComponentModel.DataAnnotations;
using Encore.Community;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Bookmarks;

// /works/{id}/bookmark: create the reader's bookmark of a work, or edit or delete the one they have.
[Authorize]
public sealed class EditModel(EncoreDb db, Bookmarking bookmarking) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "Notes")] public string? Notes { get; set; }
        [Display(Name = "Your tags")] public string? Tags { get; set; }
        [Display(Name = "Private bookmark")] public bool IsPrivate { get; set; }
        [Display(Name = "Rec")] public bool IsRec { get; set; }
        [Display(Name = "Bookmark as")] public int? PseudId { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public string WorkTitle { get; private set; } = "";
    public int WorkId { get; private set; }
    public bool Exists { get; private set; }
    public IReadOnlyList<Pseud> Pseuds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.UserId == HttpContext.Reader().UserId && b.WorkId == id, ct) is { } b)
            Input = new Form { Notes = b.Notes, Tags = b.Tags, IsPrivate = b.IsPrivate, IsRec = b.IsRec, PseudId = b.PseudId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var problem = await bookmarking.SaveAsync(id, new BookmarkInput(Input.Notes, Input.Tags, Input.IsPrivate, Input.IsRec, Input.PseudId), HttpContext.Reader(), ct);
        if (problem is { } p)
        {
            ModelState.AddModelError("Input." + p.Field, p.Error);
            return Page();
        }
        return Redirect(Links.User(User.Identity!.Name!) + "/bookmarks");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await bookmarking.DeleteAsync(id, HttpContext.Reader(), ct);
        return Redirect(Links.Work(id));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var reader = HttpContext.Reader();
        var work = await db.RespondableAsync(id, reader, ct);
        if (work == null) return false;
        WorkTitle = work.Title;
        WorkId = work.Id;
        Exists = await db.Bookmarks.AnyAsync(b => b.UserId == reader.UserId && b.WorkId == id, ct);
        Pseuds = await db.Pseuds.AsNoTracking().Where(p => p.UserId == reader.UserId).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}
