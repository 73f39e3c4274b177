using Encore.Data;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// The plain rows the index is built from. The database is read into these in a few flat queries (no entity
// tracking, no joins per work), and the benchmark generator produces them directly, so building from a million
// works does not depend on how fast EF can materialise object graphs.
public sealed record TagRow(int Id, TagType Type, bool Canonical, int? MergerId);
public sealed record TagLinkRow(int ChildId, int ParentId);
public sealed record WorkRow(int Id, string Title, string Language, DateTime PublishedAt, DateTime UpdatedAt, int ChapterCount,
    bool IsComplete, int WordCount, int Hits, int Kudos, int Comments, int Bookmarks, bool Restricted, bool IsDraft, bool Hidden);
public sealed record WorkTagRow(int WorkId, int TagId);
// UserId is null for imported works' external names; Name is what the byline shows.
public sealed record CreatorRow(int WorkId, int Id, int Position, string? UserId, string Name, bool IsPending);
public sealed record SuggestionRow(int WorkId, string TagName);

public sealed class TagSource
{
    public required IReadOnlyList<TagRow> Tags { get; init; }
    public required IReadOnlyList<TagLinkRow> Links { get; init; }
}

public sealed class WorkSource
{
    public required IReadOnlyList<WorkRow> Works { get; init; }
    public required IReadOnlyList<WorkTagRow> WorkTags { get; init; }
    public required IReadOnlyList<CreatorRow> Creators { get; init; }
    public required IReadOnlyList<SuggestionRow> Suggestions { get; init; }
}

public static class IndexSourceReader
{
    public static async Task<TagSource> ReadTagsAsync(EncoreDb db, CancellationToken ct = default) => new()
    {
        Tags = await db.Tags.AsNoTracking().Select(t => new TagRow(t.Id, t.Type, t.Canonical, t.MergerId)).ToListAsync(ct),
        Links = await db.TagParents.AsNoTracking().Select(l => new TagLinkRow(l.ChildId, l.ParentId)).ToListAsync(ct),
    };

    // Every work, or only the one given (for refreshing a single work after a change).
    public static Task<WorkSource> ReadWorksAsync(EncoreDb db, int? workId = null, CancellationToken ct = default) =>
        ReadSomeWorksAsync(db, workId is { } id ? [id] : null, ct);

    // Every work (null), or only those given (for refreshing the works a batch of changes touched).
    public static async Task<WorkSource> ReadSomeWorksAsync(EncoreDb db, IReadOnlyCollection<int>? workIds, CancellationToken ct = default)
    {
        var works = db.Works.AsNoTracking();
        var links = db.WorkTags.AsNoTracking();
        var creators = db.Creatorships.AsNoTracking();
        var suggestions = db.WorkSuggestions.AsNoTracking().Where(s => s.Status != SuggestionStatus.Rejected);
        if (workIds is { Count: 1 })
        {
            var id = workIds.First();
            works = works.Where(w => w.Id == id);
            links = links.Where(l => l.WorkId == id);
            creators = creators.Where(c => c.WorkId == id);
            suggestions = suggestions.Where(s => s.WorkId == id);
        }
        else if (workIds != null)
        {
            // One array parameter (json_each, = ANY): EF's default of a parameter per id makes a batch of thousands
            // of works cost seconds to translate and prepare.
            var ids = workIds.ToArray();
            works = works.Where(w => EF.Parameter(ids).Contains(w.Id));
            links = links.Where(l => EF.Parameter(ids).Contains(l.WorkId));
            creators = creators.Where(c => EF.Parameter(ids).Contains(c.WorkId));
            suggestions = suggestions.Where(s => EF.Parameter(ids).Contains(s.WorkId));
        }
        return new WorkSource
        {
            Works = await works.Select(w => new WorkRow(w.Id, w.Title, w.Language, w.PublishedAt, w.UpdatedAt, w.ChapterCount, w.IsComplete,
                w.WordCount, w.Hits, w.KudosCount, w.CommentCount, w.BookmarkCount, w.Restricted, w.IsDraft, w.HiddenReason != null)).ToListAsync(ct),
            WorkTags = await links.Select(l => new WorkTagRow(l.WorkId, l.TagId)).ToListAsync(ct),
            Creators = await creators.Select(c => new CreatorRow(c.WorkId, c.Id, c.Position, c.Pseud != null ? c.Pseud.UserId : null,
                c.Pseud != null ? c.Pseud.Name : c.ExternalName ?? "Anonymous", c.IsPending)).ToListAsync(ct),
            Suggestions = await suggestions.Select(s => new SuggestionRow(s.WorkId, s.TagName)).ToListAsync(ct),
        };
    }
}
