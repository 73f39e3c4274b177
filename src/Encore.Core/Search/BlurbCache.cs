using System.Collections.Concurrent;
using Encore.Data;
using Encore.Works;

namespace Encore.Search;

// The blurbs of works as filtered lists show them, kept by each node so a list page reads none of its twenty works
// from the database once they have been shown (reading them was 40% of a filtered tag page's CPU). A blurb is the
// same for every reader; who may see a work is the index's decision, made before any blurb is asked for.
// IndexHost forgets a work's blurb when the change feed names the work, and all of them after a wrangling change
// or a rebuild, so a blurb is never older than the index that chose it.
public sealed class BlurbCache(int capacity = 100_000)
{
    private readonly ConcurrentDictionary<int, WorkBlurb> _blurbs = new();
    // Bumped by every forget: a load that began before one does not store what it read, which may be older.
    private long _generation;

    public int Count => _blurbs.Count;

    // The blurbs of these works in this order; a work deleted since the index chose it is left out.
    public async Task<List<WorkBlurb>> GetAsync(EncoreDb db, IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        var found = new Dictionary<int, WorkBlurb>(ids.Count);
        var missing = new List<int>();
        foreach (var id in ids)
            if (_blurbs.TryGetValue(id, out var blurb)) found[id] = blurb;
            else missing.Add(id);
        if (missing.Count > 0)
        {
            var generation = Interlocked.Read(ref _generation);
            var loaded = await WorkBlurb.LoadAsync(db, db.Works.Where(w => missing.Contains(w.Id)), ct);
            // Past the capacity the cache starts again rather than tracking which entries are oldest: at the default,
            // about 150 MB of blurbs, and a page's twenty works are read again in one query.
            if (_blurbs.Count + loaded.Count > capacity) Forget();
            foreach (var blurb in loaded)
            {
                found[blurb.Id] = blurb;
                if (Interlocked.Read(ref _generation) == generation) _blurbs[blurb.Id] = blurb;
            }
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public void Forget(IEnumerable<int> workIds)
    {
        Interlocked.Increment(ref _generation);
        foreach (var id in workIds) _blurbs.TryRemove(id, out _);
    }

    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _blurbs.Clear();
    }

    // Each kept blurb against the database now, as `encore index verify` checks the index: what differs, by work.
    public async Task<List<string>> CompareAsync(EncoreDb db, CancellationToken ct = default)
    {
        var kept = _blurbs.ToArray();
        var ids = kept.Select(k => k.Key).ToList();
        var fresh = (await WorkBlurb.LoadAsync(db, db.Works.Where(w => ids.Contains(w.Id)), ct)).ToDictionary(b => b.Id);
        var problems = new List<string>();
        foreach (var (id, blurb) in kept)
        {
            // A blurb forgotten while this ran is not a problem: only one still kept is.
            if (!_blurbs.TryGetValue(id, out var still) || !ReferenceEquals(still, blurb)) continue;
            if (!fresh.TryGetValue(id, out var now)) problems.Add($"work {id}: a blurb is kept for a work that is gone");
            else if (Describe(now) != Describe(blurb)) problems.Add($"work {id}: kept blurb {Describe(blurb)} but the database says {Describe(now)}");
        }
        return problems;
    }

    private static string Describe(WorkBlurb b) => System.Text.Json.JsonSerializer.Serialize(b);
}
