using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works;

// /works/{id}/suggestions: the creator reviews Encore's suggestions (shown right after posting, and on the edit page).
[Authorize]
public sealed class SuggestionsModel(EncoreDb db, TimeProvider clock) : PageModel
{
    public int WorkId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<WorkSuggestion> Open { get; private set; } = [];
    [FromQuery] public bool Posted { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        WorkId = id;
        Title = await db.Works.Where(w => w.Id == id).Select(w => w.Title).FirstAsync(ct);
        Open = await SuggestionReview.OpenAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int suggestionId, string? decision, string? returnTo, CancellationToken ct)
    {
        if (await this.RefuseAsync(db, id, ct) is { } refusal) return refusal;
        if (decision is not ("accept" or "reject")) return BadRequest();
        try
        {
            if (!await new SuggestionReview(db, clock).DecideAsync(id, suggestionId, decision == "accept", ct)) return NotFound();
        }
        catch (WorkRejectedException e)
        {
            TempData["SuggestionProblem"] = string.Join(" ", e.Problems.Select(p => p.Message));
        }
        return Redirect(returnTo == "edit" ? $"{Links.Work(id)}/edit#suggestions-heading" : $"{Links.Work(id)}/suggestions");
    }
}

// What the review partial shows, and which page it returns to after each answer.
public sealed record SuggestionList(int WorkId, IReadOnlyList<WorkSuggestion> Suggestions, string ReturnTo);
