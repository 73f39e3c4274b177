using Encore.Data;
using Encore.Works;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works;

public sealed record ChapterRow(int Id, int Position, string? Title, int Words);

// /works/{id}/edit: the work's details in the posting form, its chapters, Encore's open suggestions, and (for a
// draft) the button that posts it. Creators only.
[Authorize]
public sealed class EditModel(EncoreDb database, CreatorPosting posting) : WorkFormPage(database)
{
    public override bool EditsDetailsOnly => true;
    public int WorkId { get; private set; }
    public bool IsDraft { get; private set; }
    public IReadOnlyList<ChapterRow> ChapterRows { get; private set; } = [];
    public IReadOnlyList<WorkSuggestion> Suggestions { get; private set; } = [];
    public IReadOnlyList<(string Name, bool Pending)> CreatorRows { get; private set; } = [];
    [BindProperty] public string? Invite { get; set; }
    public bool Invited { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(Db, id, ct) is { } refusal) return refusal;
        await LoadAsync(id, ct);
        Input = WorkForm.From((await new WorkEditing(Db, TimeProvider.System).LoadAsync(id, ct))!, ChapterRows.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(Db, id, ct) is { } refusal) return refusal;
        await LoadAsync(id, ct);
        return ShowPreview(Input.ToNewWork(IsDraft));
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(Db, id, ct) is { } refusal) return refusal;
        await LoadAsync(id, ct);
        var work = Input.ToNewWork(IsDraft);
        if (!Check(work)) return Page();
        try
        {
            await posting.UpdateAsync(id, work, ct);
            return Redirect(Links.Work(id));
        }
        catch (WorkRejectedException e)
        {
            Show(e.Problems);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(Db, id, ct) is { } refusal) return refusal;
        var names = (Invite ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var problems = await CoCreators.InviteAsync(Db, HttpContext.Reader().UserId!, id, names, TimeProvider.System, ct);
        foreach (var p in problems) ModelState.AddModelError(nameof(Invite), p.Message);
        Invited = problems.Count == 0;
        if (Invited) Invite = null;
        await LoadAsync(id, ct);
        Input = WorkForm.From((await new WorkEditing(Db, TimeProvider.System).LoadAsync(id, ct))!, ChapterRows.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostPostDraftAsync(int id, CancellationToken ct)
    {
        if (await this.RefuseAsync(Db, id, ct) is { } refusal) return refusal;
        await posting.PostDraftAsync(id, ct);
        return Redirect(Links.Work(id));
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        WorkId = id;
        IsDraft = await Db.Works.Where(w => w.Id == id).Select(w => w.IsDraft).FirstAsync(ct);
        ChapterRows = await Db.Chapters.Where(c => c.WorkId == id).OrderBy(c => c.Position)
            .Select(c => new ChapterRow(c.Id, c.Position, c.Title, c.WordCount)).ToListAsync(ct);
        Suggestions = await SuggestionReview.OpenAsync(Db, id, ct);
        CreatorRows = (await Db.Creatorships.Where(c => c.WorkId == id && c.Pseud != null).OrderBy(c => c.Position)
            .Select(c => new { c.Pseud!.Name, c.IsPending }).ToListAsync(ct)).Select(c => (c.Name, c.IsPending)).ToList();
        // The count "complete" means comes from the work, not from the form.
        Input.ExistingChapters = ChapterRows.Count;
        await LoadChoicesAsync(ct);
    }
}
