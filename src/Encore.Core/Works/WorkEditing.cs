using Encore.Data;
using Encore.Understanding;

namespace Encore.Works;

/// <summary>
/// Edits a posted work's details (AO3's "Edit Work"): title, tags, notes, gifts, series and the rest, checked by the
/// same rules as posting and saved in one SaveChanges, so a rejected edit changes nothing. Chapters are edited by
/// <see cref="ChapterEditing"/>. Whether the person may edit the work is the caller's check.
/// </summary>
public sealed class WorkEditing(EncoreDb db, TimeProvider clock, TextAnalyzer? analyzer = null)
{
    private readonly WorkDetails _details = new(db);

    /// <summary>The work's details as they stand, shaped for an edit form; null when there is no such work.</summary>
    public async Task<NewWork?> LoadAsync(int workId, CancellationToken ct = default) =>
        await EditableWork.LoadAsync(db, workId, ct) is { } work ? EditableWork.Describe(work) : null;

    /// <summary>
    /// Makes the work's details match <paramref name="input"/>, replacing its tags, gifts and series. The input's
    /// chapters, creators, dates and import source are not edited here. Returns null when there is no such work;
    /// throws <see cref="WorkRejectedException"/> (nothing changed) when the details break a rule.
    /// </summary>
    public async Task<Work?> UpdateAsync(int workId, NewWork input, CancellationToken ct = default)
    {
        var work = await EditableWork.LoadAsync(db, workId, ct);
        if (work == null) return null;
        var problems = WorkRules.CheckDetails(input);
        problems.AddRange(WorkRules.CheckChapterCount(work.Chapters.Count, input.ExpectedChapters));
        if (problems.Count > 0) throw new WorkRejectedException(problems);

        // AO3's "Updated" date follows the chapters, so a change of details leaves it alone.
        var now = clock.GetUtcNow().UtcDateTime;
        WorkDetails.Write(work, input);
        WorkStats.Refresh(work);
        _details.SetGifts(work, input);
        await _details.SetTagsAsync(work, input, ct);
        await _details.SetSeriesAsync(work, input, now, ct);
        if (analyzer != null)
        {
            var chapters = EditableWork.InOrder(work).Select(c => new NewChapter { Content = c.Content }).ToList();
            Reanalysis.Refresh(db, work, input with { Chapters = chapters }, analyzer, now);
        }
        await SaveAsync(ct);
        return work;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            _details.Forget();
            throw;
        }
    }
}
