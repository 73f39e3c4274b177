using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

public sealed record UnwrangledTag(int FandomId, string Fandom, int TagId, string Name, TagType Type, bool Canonical, int Uses);

// Tags waiting for a wrangler, per fandom they are used in: characters, relationships and additional tags that are
// not canonical and not a synonym, or canonical but in no fandom yet (posting makes new tags canonical, as AO3
// shows them, so "no fandom" is what most new tags look like). Uses counts works in that fandom carrying the tag.
public static class UnwrangledTags
{
    public const int MaxRows = 500;

    private static IQueryable<Tag> Candidates(EncoreDb db, TagType? type)
    {
        var tags = db.Tags.Where(t => t.MergerId == null
            && (t.Type == TagType.Character || t.Type == TagType.Relationship || t.Type == TagType.Freeform)
            && (!t.Canonical || !t.ParentLinks.Any(p => p.Parent.Type == TagType.Fandom)));
        return type == null ? tags : tags.Where(t => t.Type == type);
    }

    // One fandom's rows, the same counts as the join below, read the other way round: the fandom's works (by the
    // tag index) and their tags (by the primary key), counted here. The join starting from the candidate tags
    // took 2 s at 100,000 works, since most of their uses are in other fandoms.
    private static async Task<List<(int FandomId, int TagId, int Uses)>> InFandomAsync(EncoreDb db, int fandomId, TagType? type, CancellationToken ct)
    {
        var fandomTags = await db.Tags.Where(t => t.Type == TagType.Fandom && (t.MergerId ?? t.Id) == fandomId).Select(t => t.Id).ToListAsync(ct);
        var candidates = (await Candidates(db, type).Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        // Nothing of this type waits for a wrangler (often so for characters): no need to read the fandom's works.
        if (candidates.Count == 0) return [];
        // A work tagged with the fandom and a synonym of it counts twice, as in the join.
        var tagIds = await (from f in db.WorkTags where fandomTags.Contains(f.TagId)
                            join l in db.WorkTags on f.WorkId equals l.WorkId
                            select l.TagId).ToListAsync(ct);
        return tagIds.Where(candidates.Contains).GroupBy(id => id).Select(g => (fandomId, g.Key, g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Key).Take(MaxRows).ToList();
    }

    public static async Task<List<UnwrangledTag>> LoadAsync(EncoreDb db, int? fandomId = null, TagType? type = null, CancellationToken ct = default)
    {
        var candidates = db.WorkTags.Where(l => l.Tag.MergerId == null
            && (l.Tag.Type == TagType.Character || l.Tag.Type == TagType.Relationship || l.Tag.Type == TagType.Freeform)
            && (!l.Tag.Canonical || !l.Tag.ParentLinks.Any(p => p.Parent.Type == TagType.Fandom)));
        if (type != null) candidates = candidates.Where(l => l.Tag.Type == type);
        var rows = from l in candidates
                   join f in db.WorkTags.Where(f => f.Tag.Type == TagType.Fandom) on l.WorkId equals f.WorkId
                   select new { FandomId = f.Tag.MergerId ?? f.TagId, l.TagId };
        var counts = fandomId is { } oneFandom ? await InFandomAsync(db, oneFandom, type, ct) : (await rows.GroupBy(r => new { r.FandomId, r.TagId })
            .Select(g => new { g.Key.FandomId, g.Key.TagId, Uses = g.Count() })
            .OrderByDescending(g => g.Uses).ThenBy(g => g.TagId).Take(MaxRows).ToListAsync(ct))
            .Select(c => (c.FandomId, c.TagId, c.Uses)).ToList();
        var ids = counts.SelectMany(c => new[] { c.FandomId, c.TagId }).Distinct().ToList();
        var tags = await db.Tags.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        return counts.Select(c => new UnwrangledTag(c.FandomId, tags[c.FandomId].Name, c.TagId, tags[c.TagId].Name,
                tags[c.TagId].Type, tags[c.TagId].Canonical, c.Uses))
            .OrderBy(r => r.Fandom, StringComparer.OrdinalIgnoreCase).ThenByDescending(r => r.Uses).ThenBy(r => r.Name).ToList();
    }
}
