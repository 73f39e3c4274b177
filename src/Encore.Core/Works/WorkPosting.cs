using Encore.Data;
using Encore.Tags;
using Encore.Text;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// Turns a NewWork into stored rows in one SaveChanges, so a work is either wholly posted or not at all.
// With an analyser, the work's text is read and its suggestions are stored with it.
public sealed class WorkPosting(EncoreDb db, TimeProvider clock, Understanding.TextAnalyzer? analyzer = null)
{
    private readonly TagCatalog _tags = new(db);

    public async Task<Work> PostAsync(NewWork input, CancellationToken ct = default)
    {
        var work = await PrepareAsync(input, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            _tags.Forget();
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
            Title = TagName.CollapseSpaces(input.Title),
            Summary = Html(input.Summary),
            Notes = Html(input.Notes),
            EndNotes = Html(input.EndNotes),
            Language = string.IsNullOrWhiteSpace(input.Language) ? "en" : input.Language.Trim(),
            ExpectedChapters = input.ExpectedChapters,
            Restricted = input.Restricted,
            IsDraft = input.IsDraft,
            PublishedAt = published,
            UpdatedAt = input.Chapters.Max(c => c.PublishedAt) ?? published,
            ImportSource = input.ImportSource,
            ImportedAt = input.ImportSource == null ? null : now,
        };

        for (var i = 0; i < input.Chapters.Count; i++)
            work.Chapters.Add(ToChapter(input.Chapters[i], i + 1, published));
        WorkStats.Refresh(work);

        for (var i = 0; i < input.PseudIds.Count; i++)
            work.Creators.Add(new Creatorship { PseudId = input.PseudIds[i], Position = i });
        for (var i = 0; i < input.ExternalCreators.Count; i++)
            work.Creators.Add(new Creatorship { ExternalName = input.ExternalCreators[i].Trim(), Position = input.PseudIds.Count + i });
        foreach (var recipient in input.Gifts.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct())
            work.Gifts.Add(new Gift { RecipientName = recipient });

        await AddTagsAsync(work, input, ct);
        if (input.SeriesTitle is { } seriesTitle) await AddToSeriesAsync(work, seriesTitle.Trim(), now, ct);
        if (analyzer != null)
            foreach (var suggestion in Understanding.Analysis.Of(analyzer, input with { Chapters = work.Chapters.Select(c => new NewChapter { Content = c.Content }).ToList() }))
                work.Suggestions.Add(Understanding.Analysis.ToEntity(suggestion, now));

        db.Works.Add(work);
        return work;
    }

    public void Forget() => _tags.Forget();

    public static Chapter ToChapter(NewChapter input, int position, DateTime defaultDate)
    {
        var (content, words) = input.SanitizedWords is { } known ? (input.Content, known) : CreatorHtml.SanitizeAndCount(input.Content);
        return new Chapter
        {
            Position = position,
            Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim(),
            Summary = Html(input.Summary),
            Notes = Html(input.Notes),
            EndNotes = Html(input.EndNotes),
            Content = content,
            WordCount = words,
            PublishedAt = input.PublishedAt ?? defaultDate,
        };
    }

    private async Task AddTagsAsync(Work work, NewWork input, CancellationToken ct)
    {
        var tags = new List<Tag> { await _tags.FixedAsync(TagType.Rating, input.Rating, ct) };
        foreach (var w in input.Warnings) tags.Add(await _tags.FixedAsync(TagType.ArchiveWarning, w, ct));
        foreach (var c in input.Categories) tags.Add(await _tags.FixedAsync(TagType.Category, c, ct));

        var fandoms = new List<Tag>();
        foreach (var (type, name) in input.FreeTags)
        {
            var tag = await _tags.FindOrCreateAsync(type, name, ct);
            var isNew = tag.Id == 0;
            if (type == TagType.Fandom) fandoms.Add(tag);
            // An unwrangled character or relationship posted in a single-fandom work almost surely belongs to that
            // fandom; recording it now lets tag pages and (later) text analysis use it before a wrangler gets there.
            // Added to the context explicitly, so it is saved even where change detection is off (imports).
            else if (isNew && fandoms.Count == 1 && type is TagType.Character or TagType.Relationship)
                db.TagParents.Add(fandoms[0].Id != 0
                    ? new TagParent { Child = tag, ParentId = fandoms[0].Id }
                    : new TagParent { Child = tag, Parent = fandoms[0] });
            tags.Add(tag);
        }
        // Tags that already exist are linked by id: they may come from the catalog's memory, untracked.
        foreach (var tag in tags.DistinctBy(t => t.NormalizedName))
            work.Tags.Add(tag.Id != 0 ? new WorkTag { Work = work, TagId = tag.Id } : new WorkTag { Work = work, Tag = tag });
    }

    // Series are matched by title for now; the posting form (issue 5) chooses a series of the creator's by id.
    private async Task AddToSeriesAsync(Work work, string title, DateTime now, CancellationToken ct)
    {
        var series = await db.Series.Include(s => s.Works).FirstOrDefaultAsync(s => s.Title == title, ct)
            ?? db.Series.Add(new Series { Title = title, CreatedAt = now, UpdatedAt = now }).Entity;
        series.UpdatedAt = now;
        work.SeriesLinks.Add(new SeriesWork { Series = series, Work = work, Position = series.Works.Count + 1 });
    }

    private static string? Html(string? value) => string.IsNullOrWhiteSpace(value) ? null : CreatorHtml.Sanitize(value);
}
