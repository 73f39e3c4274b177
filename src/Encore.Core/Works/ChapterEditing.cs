using Encore.Data;
using Encore.Understanding;

namespace Encore.Works;

/// <summary>
/// Adds, edits, deletes and reorders a posted work's chapters. Each call checks AO3's limits before changing anything
/// (a <see cref="WorkRejectedException"/> names the field), keeps positions 1..n without gaps, refreshes the work's
/// stats and its suggestions, and saves once. Whether the person may edit the work is the caller's check.
/// </summary>
public sealed class ChapterEditing(EncoreDb db, TimeProvider clock, TextAnalyzer? analyzer = null)
{
    /// <summary>
    /// Adds a chapter at <paramref name="position"/> (1 to count + 1; the end when null), published now unless the
    /// input says when. The work's "Updated" date moves forward to it. Null when there is no such work.
    /// </summary>
    public async Task<Chapter?> AddAsync(int workId, NewChapter input, int? position = null, CancellationToken ct = default)
    {
        if (await EditableWork.LoadAsync(db, workId, ct) is not { } work) return null;
        var count = work.Chapters.Count + 1;
        var at = position ?? count;
        var problems = WorkRules.CheckChapterCount(count, work.ExpectedChapters);
        if (at < 1 || at > count) problems.Add(new("Position", $"A new chapter can go at positions 1 to {count}, not {at}."));
        problems.AddRange(WorkRules.CheckChapter(input, at));
        Reject(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var later in work.Chapters.Where(c => c.Position >= at)) later.Position++;
        var chapter = WorkPosting.ToChapter(input, at, now);
        work.Chapters.Add(chapter);
        if (chapter.PublishedAt > work.UpdatedAt) work.UpdatedAt = chapter.PublishedAt;
        await FinishAsync(work, textChanged: true, now, ct);
        return chapter;
    }

    /// <summary>
    /// Replaces a chapter's title, summary, notes, end notes and text. Its date and the work's "Updated" date stay
    /// (fixing a typo is not an update). Null when the work has no such chapter.
    /// </summary>
    public async Task<Chapter?> EditAsync(int workId, int chapterId, NewChapter input, CancellationToken ct = default)
    {
        if (await EditableWork.LoadAsync(db, workId, ct) is not { } work) return null;
        if (work.Chapters.FirstOrDefault(c => c.Id == chapterId) is not { } chapter) return null;
        Reject(WorkRules.CheckChapter(input, chapter.Position));

        var before = chapter.Content;
        CreatorText.Write(chapter, input);
        await FinishAsync(work, textChanged: chapter.Content != before, clock.GetUtcNow().UtcDateTime, ct);
        return chapter;
    }

    /// <summary>
    /// Deletes a chapter; the chapters after it move up. A work's only chapter cannot be deleted (delete the work).
    /// The "Updated" date becomes the newest remaining chapter's, as on AO3. False when the work has no such chapter.
    /// </summary>
    public async Task<bool> DeleteAsync(int workId, int chapterId, CancellationToken ct = default)
    {
        if (await EditableWork.LoadAsync(db, workId, ct) is not { } work) return false;
        if (work.Chapters.FirstOrDefault(c => c.Id == chapterId) is not { } chapter) return false;
        if (work.Chapters.Count == 1)
            throw new WorkRejectedException([new("Chapters", "A work needs at least one chapter, and this is its only one: delete the work instead.")]);

        work.Chapters.Remove(chapter);
        db.Chapters.Remove(chapter);
        work.UpdatedAt = work.Chapters.Select(c => c.PublishedAt).Append(work.PublishedAt).Max();
        await FinishAsync(work, textChanged: true, clock.GetUtcNow().UtcDateTime, ct);
        return true;
    }

    /// <summary>
    /// Puts the chapters in the order given: every one of the work's chapter ids, each once. False when there is no
    /// such work.
    /// </summary>
    public async Task<bool> ReorderAsync(int workId, IReadOnlyList<int> chapterIds, CancellationToken ct = default)
    {
        if (await EditableWork.LoadAsync(db, workId, ct) is not { } work) return false;
        var ids = work.Chapters.Select(c => c.Id).ToHashSet();
        if (chapterIds.Count != ids.Count || !ids.SetEquals(chapterIds))
            throw new WorkRejectedException([new("Chapters", $"The new order must list each of this work's {ids.Count} chapters exactly once.")]);

        var before = EditableWork.InOrder(work).Select(c => c.Id).ToList();
        var byId = work.Chapters.ToDictionary(c => c.Id);
        for (var i = 0; i < chapterIds.Count; i++) byId[chapterIds[i]].Position = i + 1;
        await FinishAsync(work, textChanged: !before.SequenceEqual(chapterIds), clock.GetUtcNow().UtcDateTime, ct);
        return true;
    }

    private static void Reject(List<FieldProblem> problems)
    {
        if (problems.Count > 0) throw new WorkRejectedException(problems);
    }

    private async Task FinishAsync(Work work, bool textChanged, DateTime now, CancellationToken ct)
    {
        EditableWork.Renumber(work);
        WorkStats.Refresh(work);
        // The suggestions' evidence points into the chapters' text in reading order, so a new order is a new text.
        if (textChanged && analyzer != null) Reanalysis.Refresh(db, work, EditableWork.Describe(work), analyzer, now);
        await db.SaveChangesAsync(ct);
    }
}
