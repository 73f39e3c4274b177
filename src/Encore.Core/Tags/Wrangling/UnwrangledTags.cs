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

    public static async Task<List<UnwrangledTag>> LoadAsync(EncoreDb db, int? fandomId = null, TagType? type = null, CancellationToken ct = default)
    {
        var candidates = db.WorkTags.Where(l => l.Tag.MergerId == null
            && (l.Tag.Type == TagType.Character || l.Tag.Type == TagType.Relationship || l.Tag.Type == TagType.Freeform)
            && (!l.Tag.Canonical || !l.Tag.ParentLinks.Any(p => p.Parent.Type == TagType.Fandom)));
        if (type != null) candidates = candidates.Where(l => l.Tag.Type == type);
        var rows = from l in candidates
                   join f in db.WorkTags.Where(f => f.Tag.Type == TagType.Fandom) on l.WorkId equals f.WorkId
                   select new { FandomId = f.Tag.MergerId ?? f.TagId, l.TagId };
        if (fandomId != null) rows = rows.Where(r => r.FandomId == fandomId);
        var counts = await rows.GroupBy(r => new { r.FandomId, r.TagId })
            .Select(g => new { g.Key.FandomId, g.Key.TagId, Uses = g.Count() })
            .OrderByDescending(g => g.Uses).ThenBy(g => g.TagId).Take(MaxRows).ToListAsync(ct);
        var ids = counts.SelectMany(c => new[] { c.FandomId, c.TagId }).Distinct().ToList();
        var tags = await db.Tags.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        return counts.Select(c => new UnwrangledTag(c.FandomId, tags[c.FandomId].Name, c.TagId, tags[c.TagId].Name,
                tags[c.TagId].Type, tags[c.TagId].Canonical, c.Uses))
            .OrderBy(r => r.Fandom, StringComparer.OrdinalIgnoreCase).ThenByDescending(r => r.Uses).ThenBy(r => r.Name).ToList();
    }
}
