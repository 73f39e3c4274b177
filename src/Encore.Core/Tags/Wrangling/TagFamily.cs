using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

// A canonical tag and every sub tag beneath it (a meta/sub link joins two canonical tags of the same type), at any
// depth. Filtering by the tag means any of these ids or a synonym of one. Loaded one level per query: meta chains
// are short, and the set is then a plain IN list the database answers from its index.
public static class TagFamily
{
    public static Task<IReadOnlyList<int>> LoadAsync(EncoreDb db, int canonicalTagId, CancellationToken ct = default) =>
        LoadAsync(db, [canonicalTagId], ct);

    // The families of several tags at once (a reader's blocklist), in as many queries as the deepest chain.
    public static async Task<IReadOnlyList<int>> LoadAsync(EncoreDb db, IReadOnlyCollection<int> canonicalTagIds, CancellationToken ct = default)
    {
        var family = canonicalTagIds.ToHashSet();
        var frontier = family.ToList();
        while (frontier.Count > 0)
        {
            var next = await db.TagParents
                .Where(p => frontier.Contains(p.ParentId) && p.Child.Type == p.Parent.Type)
                .Select(p => p.ChildId).ToListAsync(ct);
            // The set guards against a cycle that slipped in before wrangling checked for them.
            frontier = next.Where(family.Add).ToList();
        }
        return family.ToList();
    }

    // What blocking these tags hides, as the search index reads it: for each, its canonical tag (a blocked synonym
    // stands for its canonical tag) and that tag's sub tags at any depth. A work is hidden when it carries one of
    // these or a synonym of one (WorkQueries.ExcludingChoicesOf).
    public static async Task<IReadOnlyList<int>> BlockedAsync(EncoreDb db, IReadOnlyCollection<int> tagIds, CancellationToken ct = default)
    {
        if (tagIds.Count == 0) return [];
        var ids = tagIds.ToList();
        var roots = await db.Tags.Where(t => ids.Contains(t.Id)).Select(t => t.MergerId ?? t.Id).Distinct().ToListAsync(ct);
        var family = roots.ToHashSet();
        var frontier = roots;
        while (frontier.Count > 0)
        {
            var next = await db.TagParents
                .Where(p => frontier.Contains(p.ParentId) && p.Child.Type == p.Parent.Type)
                .Select(p => p.Child.MergerId ?? p.ChildId).ToListAsync(ct);
            frontier = next.Where(family.Add).ToList();
        }
        return family.Order().ToList();
    }

    // Meta links of one type as child → parents, for cycle checks before a change is saved.
    internal static async Task<Dictionary<int, List<int>>> MetaLinksAsync(EncoreDb db, TagType type, CancellationToken ct)
    {
        var links = await db.TagParents.Where(p => p.Child.Type == type && p.Parent.Type == type)
            .Select(p => new { p.ChildId, p.ParentId }).ToListAsync(ct);
        return links.GroupBy(l => l.ChildId).ToDictionary(g => g.Key, g => g.Select(l => l.ParentId).ToList());
    }

    // The chain of meta tags from `from` up to `to` (both included), or null when `to` is not above `from`.
    internal static List<int>? PathUp(Dictionary<int, List<int>> parents, int from, int to)
    {
        var cameFrom = new Dictionary<int, int> { [from] = from };
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == to)
            {
                var path = new List<int> { at };
                while (path[^1] != from) path.Add(cameFrom[path[^1]]);
                path.Reverse();
                return path;
            }
            foreach (var p in parents.GetValueOrDefault(at) ?? [])
                if (cameFrom.TryAdd(p, at)) queue.Enqueue(p);
        }
        return null;
    }
}
