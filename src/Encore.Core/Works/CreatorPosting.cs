using Encore.Data;
using Encore.Understanding;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

/// <summary>
/// What a signed-in creator does with their works, for the posting pages and (later) the API: post (straight away or
/// as a draft), post a draft, edit, add a chapter, delete. Each checks the creator's own inputs (their pseuds, the
/// co-creators they name), reads the text for suggestions, and tells subscribers through <see cref="Community.WorkUpdates"/>
/// once the change is saved. Whether the person may touch the work is the caller's check (<see cref="WorkAccess"/>).
/// </summary>
public sealed class CreatorPosting(EncoreDb db, TimeProvider clock, Community.WorkUpdates updates)
{
    public async Task<Work> PostAsync(string userId, NewWork input, IReadOnlyList<string> coCreators, CancellationToken ct = default)
    {
        var problems = WorkRules.Check(input);
        var own = await db.Pseuds.Where(p => p.UserId == userId).Select(p => p.Id).ToListAsync(ct);
        if (input.PseudIds.Count == 0) problems.Add(new("PseudIds", "Choose at least one of your pseuds to post as."));
        else if (input.PseudIds.Any(id => !own.Contains(id))) problems.Add(new("PseudIds", "You can only post as your own pseuds."));
        var invited = await CoCreators.FindAsync(db, userId, coCreators, problems, ct);
        if (problems.Count > 0) throw new WorkRejectedException(problems);

        var posting = new WorkPosting(db, clock, await AnalyzerAsync(ct));
        // Imported text is posted as the user's own: the post's stated author is not credited as a second creator.
        var work = await posting.PrepareAsync(input with { ExternalCreators = [] }, ct);
        CoCreators.Invite(db, work, invited, clock.GetUtcNow().UtcDateTime);
        await GiftLinks.LinkAsync(db, work, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            posting.Forget();
            throw;
        }
        if (!work.IsDraft) await updates.NewWorkAsync(work.Id, ct);
        return work;
    }

    /// <summary>Posts a draft: it becomes public, dated now (its chapters too), and subscribers hear of it.</summary>
    public async Task<bool> PostDraftAsync(int workId, CancellationToken ct = default)
    {
        var work = await db.Works.Include(w => w.Chapters).FirstOrDefaultAsync(w => w.Id == workId, ct);
        if (work == null || !work.IsDraft) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        work.IsDraft = false;
        work.PublishedAt = work.UpdatedAt = now;
        foreach (var chapter in work.Chapters) chapter.PublishedAt = now;
        await db.SaveChangesAsync(ct);
        await updates.NewWorkAsync(work.Id, ct);
        return true;
    }

    /// <summary>Edits the details; whether the work is a draft is not an edit (drafts are posted by PostDraftAsync).</summary>
    public async Task<Work?> UpdateAsync(int workId, NewWork input, CancellationToken ct = default)
    {
        var isDraft = await db.Works.Where(w => w.Id == workId).Select(w => w.IsDraft).FirstOrDefaultAsync(ct);
        var work = await new WorkEditing(db, clock, await AnalyzerAsync(ct)).UpdateAsync(workId, input with { IsDraft = isDraft }, ct);
        if (work == null) return null;
        await GiftLinks.LinkAsync(db, work, ct);
        await db.SaveChangesAsync(ct);
        return work;
    }

    /// <summary>
    /// Adds a chapter at the end, with the work's new expected chapter count (null: unknown), both saved together or
    /// not at all. Subscribers hear of it unless the work is a draft.
    /// </summary>
    public async Task<Chapter?> AddChapterAsync(int workId, NewChapter input, int? expectedChapters, CancellationToken ct = default)
    {
        var work = await db.Works.FirstOrDefaultAsync(w => w.Id == workId, ct);
        if (work == null) return null;
        // The tracked work is the one ChapterEditing loads again, so it checks and saves the new count with the chapter.
        work.ExpectedChapters = expectedChapters;
        var chapter = await Chapters(await AnalyzerAsync(ct)).AddAsync(workId, input, ct: ct);
        if (chapter != null && !work.IsDraft) await updates.NewChapterAsync(workId, chapter.Id, ct);
        return chapter;
    }

    public async Task<ChapterEditing> ChapterEditingAsync(CancellationToken ct = default) => Chapters(await AnalyzerAsync(ct));

    /// <summary>Deletes the work with everything that belongs to it (the database cascades), leaving its series' order gap-free.</summary>
    public async Task<bool> DeleteAsync(int workId, CancellationToken ct = default)
    {
        var series = await db.SeriesWorks.Where(l => l.WorkId == workId).Select(l => l.SeriesId).ToListAsync(ct);
        var deleted = await db.Works.Where(w => w.Id == workId).ExecuteDeleteAsync(ct) > 0;
        foreach (var id in series)
        {
            var links = await db.SeriesWorks.Where(l => l.SeriesId == id).OrderBy(l => l.Position).ToListAsync(ct);
            if (links.Count == 0) await db.Series.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
            for (var i = 0; i < links.Count; i++) links[i].Position = i + 1;
        }
        await db.SaveChangesAsync(ct);
        return deleted;
    }

    private ChapterEditing Chapters(TextAnalyzer analyzer) => new(db, clock, analyzer);

    // The archive's own fandoms and characters, so suggestions name tags that exist here.
    private async Task<TextAnalyzer> AnalyzerAsync(CancellationToken ct) => new(await KnowledgeBase.LoadAsync(db, ct));
}
