using System.Numerics;
using System.Runtime.CompilerServices;
using Encore.Tags;

namespace Encore.Search;

// Counting a result's facets: from the nearest kept tally (WorkIndexFacets) and the works where it and the result
// differ, or, for a small result, from its own works into a per-thread scratch; then the top entries of each type, and
// every entry of a type when "more" asks.
// The loops that count big results are compiled fully optimised from their first call (AggressiveOptimization): only
// broad queries reach them, so with tiered compilation a node's first few dozen broad queries ran unoptimised code
// at two to four times the cost, which the filter benchmark's p99 showed.
public sealed partial class WorkIndex
{
    // Where counting r can start: walking r itself (Tally null), or a base's tally and the works where the base and r
    // differ (Works of them). A base given by Bits is walked both ways, so it need not hold all of r; a Superset posting
    // (an include's, held as a sorted array) must, and only its works missing from r are walked.
    private readonly record struct FacetBase(long Works, int[]? Tally, ulong[]? Bits, Posting? Superset, string Name);

    // klass is the reader's visibility class; own, the reader's works (which r may hold outside the class); supersets,
    // slots whose postings hold all of r (includes, one-tag groups), or none when r may be stale (AllFacets later).
    private FacetBase ChooseBase(ulong[] r, int words, int n, int klass, Posting? own, List<int> supersets)
    {
        var t = _tally!;
        var best = new FacetBase(n, null, null, null, "the result");
        if (t.ClassCount[0] - n < best.Works) best = new(t.ClassCount[0] - n, t.Class[0], _aliveBits, null, "all works");
        if (t.ClassCount[klass] - n < best.Works)
        {
            var bits = ClassBits(klass);
            var cost = own == null ? t.ClassCount[klass] - n : t.ClassCount[klass] + n - 2L * CountBoth(bits, r, words);
            if (cost < best.Works) best = new(cost, t.Class[klass], bits, null, $"class {klass}");
        }
        foreach (var s in supersets)
        {
            if (s >= t.Tag.Length || t.Tag[s] is not { } tag || _postings[s].Count - n >= best.Works) continue;
            var p = _postings[s];
            best = new(p.Count - n, tag, p.Bits, p.Bits == null ? p : null, $"tag {_tags.TagIdOf(s)} ({p.Count:N0} works)");
        }
        return best;
    }

    // A result's counts: Counts[i] is slot Slots[i]'s, or slot i's when Slots is null (every slot).
    private readonly record struct SlotCounts(int[]? Slots, int[] Counts)
    {
        public int SlotAt(int i) => Slots == null ? i : Slots[i];
    }

    // All-zero scratch counts, one per thread: a small result touches a few hundred slots, and allocating and then
    // scanning a count for every slot (34,000 at a million works, 136 KB on the large object heap) would cost more
    // than the walk.
    [ThreadStatic] private static int[]? t_scratch;

    // Counts per slot for the result r, from the chosen base.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SlotCounts CountSlots(ulong[] r, int words, int n, FacetBase from)
    {
        if (from.Tally == null && (long)n * 16 < _tags.SlotCount) return CountFew(r, words);
        var counts = new int[_tags.SlotCount];
        var slots = _c.Slots;
        if (from.Tally != null) Array.Copy(from.Tally, counts, Math.Min(from.Tally.Length, counts.Length));
        if (from.Superset is { } superset)
        {
            foreach (var o in superset.Items)
                if ((r[o >> 6] & (1UL << o)) == 0) foreach (var s in slots[o]) counts[s]--;
            return new SlotCounts(null, counts);
        }
        var b = from.Bits ?? [];
        for (var w = 0; w < words; w++)
        {
            var inBase = w < b.Length ? b[w] : 0;
            Walk(slots, counts, w, r[w] & ~inBase, +1);
            Walk(slots, counts, w, inBase & ~r[w], -1);
        }
        return new SlotCounts(null, counts);
    }

    private SlotCounts CountFew(ulong[] r, int words)
    {
        var scratch = t_scratch is { } known && known.Length >= _tags.SlotCount ? known : new int[_tags.SlotCount];
        t_scratch = null;   // taken: an exception half-way must not leave a dirty one behind
        var touched = new List<int>();
        for (var w = 0; w < words; w++)
        {
            var bits = r[w];
            while (bits != 0)
            {
                var o = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                foreach (var s in _c.Slots[o]) if (scratch[s]++ == 0) touched.Add(s);
            }
        }
        var counts = new int[touched.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = scratch[touched[i]];
            scratch[touched[i]] = 0;
        }
        t_scratch = scratch;
        return new SlotCounts(touched.ToArray(), counts);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk(SlotStore slots, int[] counts, int w, ulong bits, int delta)
    {
        while (bits != 0)
        {
            var o = (w << 6) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            foreach (var s in slots[o]) counts[s] += delta;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long CountBoth(ulong[] a, ulong[] r, int words)
    {
        long n = 0;
        for (var w = 0; w < Math.Min(words, a.Length); w++) n += BitOperations.PopCount(a[w] & r[w]);
        return n;
    }

    // The full sorted list of a type is built only when asked for ("more").
    private Func<TagType, IReadOnlyList<FacetCount>> AllFacets(SlotCounts counts)
    {
        var tags = _tags;
        var all = new Dictionary<TagType, List<FacetCount>>();
        return type =>
        {
            lock (all)
            {
                if (all.TryGetValue(type, out var known)) return known;
                var list = new List<FacetCount>();
                for (var i = 0; i < counts.Counts.Length; i++)
                {
                    var (s, n) = (counts.SlotAt(i), counts.Counts[i]);
                    if (n > 0 && tags.TypeOf(s) == type && tags.IsCanonical(s)) list.Add(new FacetCount(tags.TagIdOf(s), n));
                }
                list.Sort(FacetOrder);
                return all[type] = list;
            }
        };
    }

    private static int FacetOrder(FacetCount a, FacetCount b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.TagId.CompareTo(b.TagId);

    // The top entries of each type in one pass, keeping a short sorted list per type, so a big result does not
    // allocate and sort tens of thousands of counts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Dictionary<TagType, IReadOnlyList<FacetCount>> TopFacets(SlotCounts counts, int per)
    {
        var byType = new List<FacetCount>?[16];
        foreach (var type in WorkSearchResult.FacetTypes) byType[(int)type] = new List<FacetCount>(per + 1);
        var order = Comparer<FacetCount>.Create(FacetOrder);
        for (var i = 0; i < counts.Counts.Length; i++)
        {
            var (s, n) = (counts.SlotAt(i), counts.Counts[i]);
            if (n == 0 || !_tags.IsCanonical(s)) continue;
            var type = (int)_tags.TypeOf(s);
            if (type >= byType.Length || byType[type] is not { } list) continue;
            var id = _tags.TagIdOf(s);
            if (list.Count >= per && (per == 0 || n < list[^1].Count || n == list[^1].Count && id > list[^1].TagId)) continue;
            var f = new FacetCount(id, n);
            var at = list.BinarySearch(f, order);
            list.Insert(at < 0 ? ~at : at, f);
            if (list.Count > per) list.RemoveAt(per);
        }
        return WorkSearchResult.FacetTypes.ToDictionary(t => t, t => (IReadOnlyList<FacetCount>)byType[(int)t]!);
    }
}
