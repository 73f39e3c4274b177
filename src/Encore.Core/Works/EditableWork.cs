using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// What every edit of a posted work loads, and the work described back as the NewWork that would post it.
internal static class EditableWork
{
    public static Task<Work?> LoadAsync(EncoreDb db, int workId, CancellationToken ct) =>
        db.Works
            .Include(w => w.Chapters)
            .Include(w => w.Tags).ThenInclude(l => l.Tag)
            .Include(w => w.Gifts)
            .Include(w => w.SeriesLinks).ThenInclude(l => l.Series)
            .Include(w => w.Suggestions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(w => w.Id == workId, ct);

    // Needs the work's chapters, tags (with their Tag), gifts and series loaded, as LoadAsync does.
    public static NewWork Describe(Work work)
    {
        var tags = work.Tags.Select(l => l.Tag).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        List<string> Named(TagType type) => tags.Where(t => t.Type == type).Select(t => t.Name).ToList();
        return new NewWork
        {
            Title = work.Title,
            Rating = Named(TagType.Rating).FirstOrDefault() ?? FixedTags.NotRated,
            Warnings = Named(TagType.ArchiveWarning),
            Categories = Named(TagType.Category),
            Fandoms = Named(TagType.Fandom),
            Relationships = Named(TagType.Relationship),
            Characters = Named(TagType.Character),
            AdditionalTags = Named(TagType.Freeform),
            Summary = work.Summary,
            Notes = work.Notes,
            EndNotes = work.EndNotes,
            Language = work.Language,
            ExpectedChapters = work.ExpectedChapters,
            Restricted = work.Restricted,
            IsDraft = work.IsDraft,
            PublishedAt = work.PublishedAt,
            Gifts = work.Gifts.Select(g => g.RecipientName).ToList(),
            SeriesTitle = work.SeriesLinks.Select(l => l.Series.Title).FirstOrDefault(),
            ImportSource = work.ImportSource,
            Chapters = InOrder(work).Select(c => new NewChapter
            {
                Title = c.Title, Summary = c.Summary, Notes = c.Notes, EndNotes = c.EndNotes, Content = c.Content, PublishedAt = c.PublishedAt,
            }).ToList(),
        };
    }

    public static List<Chapter> InOrder(Work work) => work.Chapters.OrderBy(c => c.Position).ThenBy(c => c.Id).ToList();

    // Positions 1..n in the current order, no gaps.
    public static void Renumber(Work work)
    {
        var position = 1;
        foreach (var chapter in InOrder(work)) chapter.Position = position++;
    }
}
