using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works;

// /works/{id}/delete: asks first, deletes on POST. Creators only.
[Authorize]
public sealed class DeleteModel(EncoreDb db, CreatorPosting posting) : PageModel
{
    public int WorkId { get; private set; }
    public string Title { get; private set; } = "";
    public int Chapters { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        var work = await db.Works.Where(w => w.Id == id).Select(w => new { w.Title, w.ChapterCount }).FirstAsync(ct);
        (WorkId, Title, Chapters) = (id, work.Title, work.ChapterCount);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        await posting.DeleteAsync(id, ct);
        return Redirect("/account?deleted-work=1");
    }
}
