using System.Collections.Concurrent;
using Encore.Data;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// The tag reads every filtered list makes (the list's tag, its neighbours, the filter's names, the facets' names),
// kept by each node: together they were about a fifth of a tag page's CPU. Only tags that exist are kept, so a
// new tag is found in the database the first time it is asked for. IndexHost forgets everything when the change feed
// reports a wrangling change (type, canonical, synonym, parent, deletion) or the index is rebuilt; tags are never
// renamed. Cached entities and lists are shared between requests and must not be changed.
public sealed class TagLookups(bool keep = true)
{
    // For callers without a node (the command line, tests of the resolver alone): every read goes to the database.
    public static readonly TagLookups None = new(keep: false);

    private readonly ConcurrentDictionary<string, TagRef> _canonicalByName = new();
    private readonly ConcurrentDictionary<int, string> _names = new();
    private readonly ConcurrentDictionary<string, Tag> _tags = new();
    private readonly ConcurrentDictionary<int, TagNeighbours> _neighbours = new();
    private long _generation;

    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _canonicalByName.Clear();
        _names.Clear();
        _tags.Clear();
        _neighbours.Clear();
    }

    // Normalized name → the tag it stands for (a synonym's canonical tag).
    public async Task<Dictionary<string, TagRef>> CanonicalByNameAsync(EncoreDb db, IReadOnlyCollection<string> normalizedNames, CancellationToken ct = default)
    {
        var result = new Dictionary<string, TagRef>();
        var missing = normalizedNames.Where(n => !_canonicalByName.TryGetValue(n, out var t) || !result.TryAdd(n, t)).Distinct().ToList();
        if (missing.Count == 0) return result;
        var generation = Interlocked.Read(ref _generation);
        var found = await db.Tags.AsNoTracking().Where(t => missing.Contains(t.NormalizedName))
            .Select(t => new { t.NormalizedName, Tag = new TagRef(t.Id, t.Type, t.Name), Merger = t.Merger == null ? null : new TagRef(t.Merger.Id, t.Merger.Type, t.Merger.Name) })
            .ToListAsync(ct);
        foreach (var f in found)
        {
            result[f.NormalizedName] = f.Merger ?? f.Tag;
            Keep(_canonicalByName, f.NormalizedName, f.Merger ?? f.Tag, generation);
        }
        return result;
    }

    // Names for the tags a page shows (facets, a page of the full list).
    public async Task<Dictionary<int, string>> NamesAsync(EncoreDb db, IEnumerable<int> tagIds, CancellationToken ct = default)
    {
        var result = new Dictionary<int, string>();
        var missing = tagIds.Distinct().Where(id => !_names.TryGetValue(id, out var n) || !result.TryAdd(id, n)).ToList();
        if (missing.Count == 0) return result;
        var generation = Interlocked.Read(ref _generation);
        foreach (var (id, name) in await db.Tags.AsNoTracking().Where(t => missing.Contains(t.Id)).Select(t => new { t.Id, t.Name })
            .ToDictionaryAsync(t => t.Id, t => t.Name, ct))
        {
            result[id] = name;
            Keep(_names, id, name, generation);
        }
        return result;
    }

    // A tag by its normalized name, with the tag it is a synonym of.
    public async Task<Tag?> FindAsync(EncoreDb db, string normalizedName, CancellationToken ct = default)
    {
        if (_tags.TryGetValue(normalizedName, out var kept)) return kept;
        var generation = Interlocked.Read(ref _generation);
        var tag = await db.Tags.Include(t => t.Merger).AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedName == normalizedName, ct);
        if (tag != null) Keep(_tags, normalizedName, tag, generation);
        return tag;
    }

    public async Task<TagNeighbours> NeighboursAsync(EncoreDb db, Tag tag, CancellationToken ct = default)
    {
        if (_neighbours.TryGetValue(tag.Id, out var kept)) return kept;
        var generation = Interlocked.Read(ref _generation);
        var neighbours = await TagNeighbours.LoadAsync(db, tag, ct);
        Keep(_neighbours, tag.Id, neighbours, generation);
        return neighbours;
    }

    // Each kept entry against the database now (part of `encore index verify`): what differs.
    public async Task<List<string>> CompareAsync(EncoreDb db, CancellationToken ct = default)
    {
        var problems = new List<string>();
        foreach (var (name, tag) in _canonicalByName.ToArray())
            if (!(await TagLookups.None.CanonicalByNameAsync(db, [name], ct)).TryGetValue(name, out var now) || now != tag)
                problems.Add($"tag name \"{name}\": kept {tag}, the database says {now}");
        var ids = _names.Keys.ToList();
        var names = await TagLookups.None.NamesAsync(db, ids, ct);
        foreach (var (id, name) in _names.ToArray())
            if (names.GetValueOrDefault(id) != name) problems.Add($"tag {id}: kept the name \"{name}\", the database says \"{names.GetValueOrDefault(id)}\"");
        foreach (var (name, tag) in _tags.ToArray())
        {
            var now = await TagLookups.None.FindAsync(db, name, ct);
            if (now == null || now.Id != tag.Id || now.Type != tag.Type || now.Canonical != tag.Canonical || now.MergerId != tag.MergerId)
                problems.Add($"tag \"{name}\": the kept tag differs from the database's");
        }
        foreach (var (id, kept) in _neighbours.ToArray())
        {
            var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
            if (tag == null || System.Text.Json.JsonSerializer.Serialize(await TagNeighbours.LoadAsync(db, tag, ct)) != System.Text.Json.JsonSerializer.Serialize(kept))
                problems.Add($"tag {id}: the kept synonyms, parents or children differ from the database's");
        }
        return problems;
    }

    // A read that began before a forget may be older than it, so it is not kept. Past about 200,000 entries a
    // dictionary starts again (each entry is small; an archive's hot tags are far fewer).
    private void Keep<TKey, TValue>(ConcurrentDictionary<TKey, TValue> kept, TKey key, TValue value, long generation) where TKey : notnull
    {
        if (!keep || Interlocked.Read(ref _generation) != generation) return;
        if (kept.Count >= 200_000) kept.Clear();
        kept[key] = value;
    }
}
