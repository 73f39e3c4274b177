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
}
