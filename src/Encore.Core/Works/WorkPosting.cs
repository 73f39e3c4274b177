using Encore.Data;

namespace Encore.Works;

// Turns a NewWork into stored rows in one SaveChanges, so a work is either wholly posted or not at all.
// With an analyser, the work's text is read and its suggestions are stored with it.
public sealed class WorkPosting(EncoreDb db, TimeProvider clock, Understanding.TextAnalyzer? analyzer = null)
{
    private readonly WorkDetails _details = new(db);

    public async Task<Work> PostAsync(NewWork input, CancellationToken ct = default)
    {
        var work = await PrepareAsync(input, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            _details.Forget();
            throw;
        }
        return work;
    }

    // Adds the work and everything it needs to the context without saving, so a caller can save it together with
    // rows of its own (the importer's record of the post) in one transaction. Call Forget() if that save fails.
    public async Task<Work> PrepareAsync(NewWork input, CancellationToken ct = default)
    {
        var problems = WorkRules.Check(input);
        if (problems.Count > 0) throw new WorkRejectedException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var published = input.PublishedAt ?? now;
        var work = new Work
        {
            Title = "",
            PublishedAt = published,
            UpdatedAt = input.Chapters.Max(c => c.PublishedAt) ?? published,
            ImportSource = input.ImportSource,
            ImportedAt = input.ImportSource == null ? null : now,
        };
        WorkDetails.Write(work, input);

        for (var i = 0; i < input.Chapters.Count; i++)
            work.Chapters.Add(ToChapter(input.Chapters[i], i + 1, published));
        WorkStats.Refresh(work);

        for (var i = 0; i < input.PseudIds.Count; i++)
            work.Creators.Add(new Creatorship { PseudId = input.PseudIds[i], Position = i });
        for (var i = 0; i < input.ExternalCreators.Count; i++)
            work.Creators.Add(new Creatorship { ExternalName = input.ExternalCreators[i].Trim(), Position = input.PseudIds.Count + i });
        _details.SetGifts(work, input);
        await _details.SetTagsAsync(work, input, ct);
        await _details.SetSeriesAsync(work, input, now, ct);
        if (analyzer != null)
            foreach (var suggestion in Understanding.Analysis.Of(analyzer, input with { Chapters = work.Chapters.Select(c => new NewChapter { Content = c.Content }).ToList() }))
                work.Suggestions.Add(Understanding.Analysis.ToEntity(suggestion, now));

        db.Works.Add(work);
        return work;
    }

    public void Forget() => _details.Forget();

    public static Chapter ToChapter(NewChapter input, int position, DateTime defaultDate)
    {
        var chapter = new Chapter { Position = position, Content = "", PublishedAt = input.PublishedAt ?? defaultDate };
        CreatorText.Write(chapter, input);
        return chapter;
    }
}
