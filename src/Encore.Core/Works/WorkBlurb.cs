using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// What a work looks like in a list: AO3's "blurb". Built in two queries for a page of works.
public sealed record WorkBlurb(
    int Id, string Title, IReadOnlyList<CreatorName> Creators, IReadOnlyList<string> Gifts,
    IReadOnlyList<TagRef> Tags, string? Summary, string Language, int Words, string Chapters, bool Complete,
    int Hits, DateTime UpdatedAt, bool Restricted, IReadOnlyList<SeriesRef> Series)
{
    public IEnumerable<TagRef> OfType(TagType type) => Tags.Where(t => t.Type == type);
    public string Rating => OfType(TagType.Rating).FirstOrDefault()?.Name ?? FixedTags.NotRated;

    // Readers' responses, kept on the work by the community services.
    public int Comments { get; init; }
    public int Kudos { get; init; }
    public int Bookmarks { get; init; }

    public static async Task<List<WorkBlurb>> LoadAsync(EncoreDb db, IQueryable<Work> page, CancellationToken ct = default)
    {
        var works = await page
            .Include(w => w.Creators).ThenInclude(c => c.Pseud).ThenInclude(p => p!.User)
            .Include(w => w.Tags).ThenInclude(t => t.Tag)
            .Include(w => w.Gifts)
            .Include(w => w.SeriesLinks).ThenInclude(s => s.Series)
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);
        return works.Select(From).ToList();
    }

    public static WorkBlurb From(Work w) => new(
        w.Id, w.Title,
        w.Creators.Where(c => !c.IsPending).OrderBy(c => c.Position).Select(CreatorName.From).ToList(),
        w.Gifts.Select(g => g.RecipientName).ToList(),
        w.Tags.Select(t => TagRef.From(t.Tag)).OrderBy(t => t.Type).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList(),
        w.Summary, w.Language, w.WordCount, WorkStats.ChapterLine(w), w.IsComplete, w.Hits, w.UpdatedAt, w.Restricted,
        w.SeriesLinks.Select(s => new SeriesRef(s.SeriesId, s.Series.Title, s.Position)).ToList())
    {
        Comments = w.CommentCount, Kudos = w.KudosCount, Bookmarks = w.BookmarkCount,
    };
}

public sealed record TagRef(int Id, TagType Type, string Name)
{
    public static TagRef From(Tag t) => new(t.Id, t.Type, t.Name);
}

public sealed record SeriesRef(int Id, string Title, int Position);

// A creator as shown in bylines: a pseud of a user (linked to the user's page) or an imported author name.
public sealed record CreatorName(string Name, string? UserName)
{
    public static CreatorName From(Creatorship c) => new(c.DisplayName, c.Pseud?.User?.UserName);
    public bool IsExternal => UserName == null;
}
