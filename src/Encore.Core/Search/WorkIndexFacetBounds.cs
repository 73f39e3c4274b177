using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using Encore.Tags;

namespace Encore.Search;

// The top facets of a big result without counting every tag in it. A popular include narrowed by a rating, a warning
// or "complete" differs from every kept tally by about half its works, and walking 50,000-100,000 works costs 5-15 ms
// at a million works. But a tag's count in r is at most its count in any kept set that holds all of r (every live
// work, the reader's class, an include): that bounds it. Per type, the tags with the highest bounds are counted
// exactly (|r AND the tag's works|: a popcount for a large tag, a bit test per work for a small one), then each other
// tag whose bound could still beat the last of the top entries, highest bound first; the rest cannot place. A few
// dozen exact counts replace the walk. Ratings, warnings and categories (a handful of tags) are all counted. The full
// lists behind "more" are counted from a copy of r when asked for. When the exact counts would cost more than the
// walk (bounds far above the counts), the walk is used after all.
// Like the walk's loops, these (Bound runs for every tag of a type, three times a query) are compiled fully optimised
// from their first call.
public sealed partial class WorkIndex
{
    private static readonly TagType[] CountedInFull = [TagType.Rating, TagType.ArchiveWarning, TagType.Category];

    // Cost units: a bitset word popcounted is 1, a small posting's work tested is 3, a work walked about WalkCost
    // (bench filter --calibrate measures it; 0 turns the bounds off).
    internal long WalkCost { get; set; } = 150;

    private int BoundedFacetsFrom => Math.Max(256, _live / 128);

    private (Dictionary<TagType, IReadOnlyList<FacetCount>> Top, Func<TagType, IReadOnlyList<FacetCount>> All) Facets(
        ulong[] r, int words, int n, int klass, Posting? own, List<int> supersets, int per, SearchTimings? timings)
    {
        var from = ChooseBase(r, words, n, klass, own, supersets);
        if (timings != null) { timings.FacetWorks = (int)from.Works; timings.FacetBase = from.Name; }
        if (from.Works > BoundedFacetsFrom && WalkCost > 0)
        {
            var t = _tally!;
            var bounds = new List<int[]> { t.Class[0] };
            long smallest = t.ClassCount[0];
            if (own == null) { bounds.Add(t.Class[klass]); smallest = Math.Min(smallest, t.ClassCount[klass]); }
            foreach (var s in supersets)
                if (s < t.Tag.Length && t.Tag[s] is { } tag) { bounds.Add(tag); smallest = Math.Min(smallest, _postings[s].Count); }
            var share = (double)n / Math.Max(1, smallest);
            if (TopFacetsByBounds(r, words, per, bounds, share, from.Works * WalkCost, out var spent) is { } bounded)
            {
                if (timings != null) { timings.FacetWorks = 0; timings.FacetUnits = spent; timings.FacetBase = "bounds (top entries counted exactly)"; }
                return (bounded.Top, LaterFacets(r, words, klass, own, bounded.Full));
            }
            if (timings != null) timings.FacetBase += " (bounds too loose)";
        }
        var counts = CountSlots(r, words, n, from);
        var started = Stopwatch.GetTimestamp();
        var top = TopFacets(counts, per);
        if (timings != null) timings.TopFacets = Stopwatch.GetTimestamp() - started;
        return (top, AllFacets(counts));
    }

    private sealed record Bounded(Dictionary<TagType, IReadOnlyList<FacetCount>> Top, Dictionary<TagType, List<FacetCount>> Full);

    // Null when the exact counts would cost more than budget, so the caller walks instead. Before counting anything
    // the cost is estimated as if each tag's count were its bound times share (r's size over its smallest base's);
    // after the first round, what the second will cost is known before it starts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Bounded? TopFacetsByBounds(ulong[] r, int words, int per, List<int[]> bounds, double share, long budget, out long spent)
    {
        var top = new Dictionary<TagType, IReadOnlyList<FacetCount>>();
        var full = new Dictionary<TagType, List<FacetCount>>();
        spent = 0;
        foreach (var type in CountedInFull)
        {
            var list = new List<FacetCount>();
            foreach (var s in _tags.CanonicalSlotsOf(type))
                if (ExactCount(s, r, words, ref spent) is var count && count > 0) list.Add(new FacetCount(_tags.TagIdOf(s), count));
            list.Sort(FacetOrder);
            full[type] = list;
            top[type] = list.Count > per ? list.GetRange(0, per) : list;
        }
        var listed = WorkSearchResult.FacetTypes.Where(t => !full.ContainsKey(t)).ToArray();
        var bests = listed.Select(_ => new List<FacetCount>(per + 1)).ToArray();
        if (per > 0)
        {
            // Round one: per type, the per tags with the highest bounds (ties: the lower tag id), counted exactly.
            var firsts = new HashSet<int>();
            var rounds = new List<FacetCount>[listed.Length];   // (tag id, bound)
            var estimate = spent;
            for (var i = 0; i < listed.Length; i++)
            {
                var first = rounds[i] = new List<FacetCount>(per + 1);
                foreach (var s in _tags.CanonicalSlotsOf(listed[i]))
                    if (Bound(s, bounds) is var u && u > 0) Offer(first, per, _tags.TagIdOf(s), u);
                foreach (var f in first) firsts.Add(_tags.SlotOf(f.TagId));
                var expected = first.Count < per ? 0 : first[^1].Count * share;
                foreach (var s in _tags.CanonicalSlotsOf(listed[i]))
                    if (firsts.Contains(s) || Bound(s, bounds) is var u && u > 0 && u >= expected) estimate += ExactCost(s, words);
                if (estimate > budget) return null;
            }
            for (var i = 0; i < listed.Length; i++)
                foreach (var f in rounds[i]) Offer(bests[i], per, f.TagId, ExactCount(_tags.SlotOf(f.TagId), r, words, ref spent));
            // Round two: every other tag whose bound could still place, highest bound first, until one cannot.
            var rests = new List<(int Bound, int TagId, int Slot)>[listed.Length];
            var projected = spent;
            for (var i = 0; i < listed.Length; i++)
            {
                rests[i] = [];
                foreach (var s in _tags.CanonicalSlotsOf(listed[i]))
                {
                    var u = Bound(s, bounds);
                    if (u == 0 || !CouldPlace(bests[i], per, u, _tags.TagIdOf(s)) || firsts.Contains(s)) continue;
                    rests[i].Add((u, _tags.TagIdOf(s), s));
                    projected += ExactCost(s, words);
                }
                if (projected > budget) return null;
            }
            for (var i = 0; i < listed.Length; i++)
            {
                rests[i].Sort((a, b) => a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : a.TagId.CompareTo(b.TagId));
                foreach (var (u, id, s) in rests[i])
                {
                    if (!CouldPlace(bests[i], per, u, id)) break;
                    Offer(bests[i], per, id, ExactCount(s, r, words, ref spent));
                }
            }
        }
        for (var i = 0; i < listed.Length; i++) top[listed[i]] = bests[i];
        return new Bounded(top, full);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Bound(int slot, List<int[]> bounds)
    {
        var u = int.MaxValue;
        foreach (var b in bounds) u = Math.Min(u, slot < b.Length ? b[slot] : 0);
        return u;
    }

    // Whether a tag counting (at most) count could enter the top per: the list is short, or it sorts before the last.
    private static bool CouldPlace(List<FacetCount> best, int per, int count, int tagId) =>
        best.Count < per || count > best[^1].Count || count == best[^1].Count && tagId < best[^1].TagId;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Offer(List<FacetCount> best, int per, int tagId, int count)
    {
        if (count == 0 || !CouldPlace(best, per, count, tagId)) return;
        var f = new FacetCount(tagId, count);
        var at = best.Count;
        while (at > 0 && FacetOrder(best[at - 1], f) > 0) at--;
        best.Insert(at, f);
        if (best.Count > per) best.RemoveAt(per);
    }

    private long ExactCost(int slot, int words) =>
        slot >= _postings.Count ? 0 : _postings[slot].Bits is { } bits ? Math.Min(words, bits.Length) : 3L * _postings[slot].Count;

    // |r AND the slot's works|.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ExactCount(int slot, ulong[] r, int words, ref long spent)
    {
        if (slot >= _postings.Count) return 0;
        var p = _postings[slot];
        var n = 0;
        if (p.Bits is { } bits)
        {
            var m = Math.Min(words, bits.Length);
            for (var w = 0; w < m; w++) n += BitOperations.PopCount(r[w] & bits[w]);
            spent += m;
            return n;
        }
        var items = p.Items;
        foreach (var o in items) if ((r[o >> 6] & (1UL << o)) != 0) n++;
        spent += 3L * items.Length;
        return n;
    }

    // "More": a type's full list, counted when first asked for, from a copy of r taken now. A change to the index in
    // between (a work retagged) shows in those counts, as it would in a new search.
    private Func<TagType, IReadOnlyList<FacetCount>> LaterFacets(ulong[] r, int words, int klass, Posting? own,
        Dictionary<TagType, List<FacetCount>> full)
    {
        var copy = r.AsSpan(0, words).ToArray();
        Func<TagType, IReadOnlyList<FacetCount>>? all = null;
        return type =>
        {
            if (full.TryGetValue(type, out var known)) return known;
            lock (full)
            {
                if (all == null)
                {
                    _lock.EnterReadLock();
                    try
                    {
                        // Works added since have ordinals past the copy: they are not in r.
                        var now = Math.Max(words, (_c.Count + 63) >> 6);
                        var bits = new ulong[now];
                        copy.CopyTo(bits, 0);
                        var n = (int)CountBoth(bits, bits, now);
                        all = AllFacets(CountSlots(bits, now, n, ChooseBase(bits, now, n, klass, own, [])));
                    }
                    finally { _lock.ExitReadLock(); }
                }
                return all(type);
            }
        };
    }
}
