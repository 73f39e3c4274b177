using Encore.Data;
using Encore.Search;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

public sealed record UnwrangledTag(int FandomId, string Fandom, int TagId, string Name, TagType Type, bool Canonical, int Uses);

// Tags waiting for a wrangler, per fandom they are used in: characters, relationships and additional tags that are
// not canonical and not a synonym, or canonical but in no fandom yet (posting makes new tags canonical, as AO3
// shows them, so "no fandom" is what most new tags look like). Uses counts works in that fandom carrying the tag,
// a work in a synonym of the fandom counting under the fandom.
public static class UnwrangledTags
{
    public const int MaxRows = 500;

    // Which tags wait is read from the tag tables (a few thousand rows); how often they are used in each fandom from
    // the index's per-work tag lists, since counting it in SQL (work tags joined with the works' fandom tags) took
    // 2.5-3.5 s at 100,000 works and grows with the archive.
    public static async Task<List<UnwrangledTag>> LoadAsync(EncoreDb db, WorkIndex index, int? fandomId = null, TagType? type = null, CancellationToken ct = default)
    {
        var candidates = db.Tags.Where(t => t.MergerId == null
            && (t.Type == TagType.Character || t.Type == TagType.Relationship || t.Type == TagType.Freeform)
            && (!t.Canonical || !t.ParentLinks.Any(p => p.Parent.Type == TagType.Fandom)));
        if (type != null) candidates = candidates.Where(t => t.Type == type);
        var waiting = (await candidates.Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        // Nothing of this type waits for a wrangler (often so for characters): no need to read the works.
        if (waiting.Count == 0) return [];
        var fandomOf = await db.Tags.Where(t => t.Type == TagType.Fandom)
            .ToDictionaryAsync(t => t.Id, t => t.MergerId ?? t.Id, ct);
        var counts = index.CountTagPairs(fandomOf, waiting, fandomId)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Tag).ThenBy(c => c.Key.Group).Take(MaxRows).ToList();
        var ids = counts.SelectMany(c => new[] { c.Key.Group, c.Key.Tag }).Distinct().ToList();
        var tags = await db.Tags.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        return counts.Select(c => new UnwrangledTag(c.Key.Group, tags[c.Key.Group].Name, c.Key.Tag, tags[c.Key.Tag].Name,
                tags[c.Key.Tag].Type, tags[c.Key.Tag].Canonical, c.Value))
            .OrderBy(r => r.Fandom, StringComparer.OrdinalIgnoreCase).ThenByDescending(r => r.Uses).ThenBy(r => r.Name).ToList();
    }
}
