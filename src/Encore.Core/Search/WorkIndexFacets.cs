using System.Numerics;
using Encore.Tags;

namespace Encore.Search;

// Exact facet counts over the whole result (meta tags included). Counting a result work by work costs about twelve
// slot increments a work: at a million works one popular include matches 100,000-170,000 of them, and that walk was
// most of the p99 (25-45 ms). So the index keeps tallies (counts per slot) of a few fixed sets, kept exact by Set and
// Unset: every live work, each visibility class, and each large tag (over 1/64 of the archive). A query's counts start
// from the tally of the set B nearest its result r and walk only the works where they differ:
// counts = tally(B) - tally(B \ r) + tally(r \ B). A broad result (a popular include minus a few excludes and the works
// the reader may not see, or a whole visibility class) differs from its base by a few percent of its works.
public sealed partial class WorkIndex
{
    // Class tallies by index: 0 every live work, 1 what guests see, 2 signed-in readers, 3 admins.
    private sealed class FacetTallies
    {
        public readonly int[][] Class = [[], [], [], []];
        public readonly int[] ClassCount = new int[4];
        public int[]?[] Tag = [];
    }

    private FacetTallies? _tally;   // null only while Build adds the works; tallied once at its end

    private int TallyAt => Math.Max(64, _live / 64);

    private static bool InClass(int k, byte flags) =>
        (flags & WorkColumns.Alive) != 0 && (flags & k switch
        {
            0 => 0,
            1 => WorkColumns.Draft | WorkColumns.Restricted | WorkColumns.Hidden,
            2 => WorkColumns.Draft | WorkColumns.Hidden,
            _ => WorkColumns.Draft,
        }) == 0;

    private ulong[] ClassBits(int k) => k switch { 0 => _aliveBits, 1 => _guestBits, 2 => _memberBits, _ => _adminBits };

    // A live work enters (+1) or leaves (-1) the tallies; called with its flags and slots in place.
    private void Tally(int o, int delta)
    {
        if (_tally is not { } t) return;
        var slots = _c.Slots[o];
        var flags = _c.Flags[o];
        for (var k = 0; k < 4; k++)
            if (InClass(k, flags)) { t.ClassCount[k] += delta; t.Class[k] = Bump(t.Class[k], slots, delta); }
        foreach (var s in slots)
            if (s < t.Tag.Length && t.Tag[s] is { } tag) t.Tag[s] = Bump(tag, slots, delta);
    }

    private int[] Bump(int[] tally, ReadOnlySpan<int> slots, int delta)
    {
        if (slots.Length > 0 && slots[^1] >= tally.Length) Array.Resize(ref tally, Math.Max(slots[^1] + 1, _tags.SlotCount));
        foreach (var s in slots) tally[s] += delta;
        return tally;
    }

    // Every tally from scratch (after Build, and for a new tag graph after wrangling).
    private static FacetTallies ComputeTallies(SlotStore slots, byte[] flags, int count, List<Posting> postings, int slotCount, int threshold)
    {
        var t = new FacetTallies { Tag = new int[]?[slotCount] };
        for (var k = 0; k < 4; k++) t.Class[k] = new int[slotCount];
        for (var s = 0; s < postings.Count && s < slotCount; s++)
            if (postings[s].Count >= threshold) t.Tag[s] = new int[slotCount];
        for (var o = 0; o < count; o++)
        {
            var sl = slots[o];
            for (var k = 0; k < 4; k++)
            {
                if (!InClass(k, flags[o])) continue;
                t.ClassCount[k]++;
                var tally = t.Class[k];
                foreach (var s in sl) tally[s]++;
            }
            if ((flags[o] & WorkColumns.Alive) == 0) continue;
            foreach (var s in sl)
                if (t.Tag[s] is { } tag) foreach (var x in sl) tag[x]++;
        }
        return t;
    }

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

    // Counts per slot for the result r, from the chosen base.
    private int[] CountSlots(ulong[] r, int words, FacetBase from)
    {
        var counts = new int[_tags.SlotCount];
        var slots = _c.Slots;
        if (from.Tally != null) Array.Copy(from.Tally, counts, Math.Min(from.Tally.Length, counts.Length));
        if (from.Superset is { } superset)
        {
            foreach (var o in superset.Items)
                if ((r[o >> 6] & (1UL << o)) == 0) foreach (var s in slots[o]) counts[s]--;
            return counts;
        }
        var b = from.Bits ?? [];
        for (var w = 0; w < words; w++)
        {
            var inBase = w < b.Length ? b[w] : 0;
            Walk(slots, counts, w, r[w] & ~inBase, +1);
            Walk(slots, counts, w, inBase & ~r[w], -1);
        }
        return counts;
    }

    private static void Walk(SlotStore slots, int[] counts, int w, ulong bits, int delta)
    {
        while (bits != 0)
        {
            var o = (w << 6) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            foreach (var s in slots[o]) counts[s] += delta;
        }
    }

    private static long CountBoth(ulong[] a, ulong[] r, int words)
    {
        long n = 0;
        for (var w = 0; w < Math.Min(words, a.Length); w++) n += BitOperations.PopCount(a[w] & r[w]);
        return n;
    }

    // The full sorted list of a type is built only when asked for ("more").
    private Func<TagType, IReadOnlyList<FacetCount>> AllFacets(int[] counts)
    {
        var tags = _tags;
        var all = new Dictionary<TagType, List<FacetCount>>();
        return type =>
        {
            lock (all)
            {
                if (all.TryGetValue(type, out var known)) return known;
                var list = new List<FacetCount>();
                for (var s = 0; s < counts.Length; s++)
                    if (counts[s] > 0 && tags.TypeOf(s) == type && tags.IsCanonical(s)) list.Add(new FacetCount(tags.TagIdOf(s), counts[s]));
                list.Sort(FacetOrder);
                return all[type] = list;
            }
        };
    }

    private static int FacetOrder(FacetCount a, FacetCount b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.TagId.CompareTo(b.TagId);

    // The top entries of each type in one pass, keeping a short sorted list per type, so a big result does not
    // allocate and sort tens of thousands of counts.
    private Dictionary<TagType, IReadOnlyList<FacetCount>> TopFacets(int[] counts, int per)
    {
        var byType = new List<FacetCount>?[16];
        foreach (var type in WorkSearchResult.FacetTypes) byType[(int)type] = new List<FacetCount>(per + 1);
        var order = Comparer<FacetCount>.Create(FacetOrder);
        for (var s = 0; s < counts.Length; s++)
        {
            var n = counts[s];
            if (n == 0 || !_tags.IsCanonical(s)) continue;
            var type = (int)_tags.TypeOf(s);
            if (type >= byType.Length || byType[type] is not { } list) continue;
            var id = _tags.TagIdOf(s);
            if (list.Count >= per && (n < list[^1].Count || n == list[^1].Count && id > list[^1].TagId)) continue;
            var f = new FacetCount(id, n);
            var at = list.BinarySearch(f, order);
            list.Insert(at < 0 ? ~at : at, f);
            if (list.Count > per) list.RemoveAt(per);
        }
        return WorkSearchResult.FacetTypes.ToDictionary(t => t, t => (IReadOnlyList<FacetCount>)byType[(int)t]!);
    }
}
