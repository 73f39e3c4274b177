using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works.Chapters;

// /works/{id}/chapters/order: a number per chapter (no dragging, no JavaScript); the numbers must be 1..n, each once.
[Authorize]
public sealed class OrderModel(EncoreDb db, CreatorPosting posting) : PageModel
{
    public int WorkId { get; private set; }
    public string WorkTitle { get; private set; } = "";
    public IReadOnlyList<ChapterRow> Rows { get; private set; } = [];
    [BindProperty] public Dictionary<int, int?> Positions { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Positions = Rows.ToDictionary(r => r.Id, r => (int?)r.Position);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        var numbers = Rows.Select(r => Positions.GetValueOrDefault(r.Id)).ToList();
        if (numbers.Any(n => n == null) || !numbers.Order().SequenceEqual(Enumerable.Range(1, Rows.Count).Select(n => (int?)n)))
        {
            ModelState.AddModelError("Positions", $"Give each chapter a different number from 1 to {Rows.Count}.");
            return Page();
        }
        var order = Rows.OrderBy(r => Positions[r.Id]).Select(r => r.Id).ToList();
        try
        {
            await (await posting.ChapterEditingAsync(ct)).ReorderAsync(id, order, ct);
            return Redirect($"{Links.Work(id)}/edit#chapters-heading");
        }
        catch (WorkRejectedException e)
        {
            ModelState.AddModelError("Positions", string.Join(" ", e.Problems.Select(p => p.Message)));
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        WorkId = id;
        WorkTitle = await db.Works.Where(w => w.Id == id).Select(w => w.Title).FirstAsync(ct);
        Rows = await db.Chapters.Where(c => c.WorkId == id).OrderBy(c => c.Position)
            .Select(c => new ChapterRow(c.Id, c.Position, c.Title, c.WordCount)).ToListAsync(ct);
        return null;
    }
}
