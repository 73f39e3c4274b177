namespace Encore.Search;

// Per-sort rank arrays: every ordinal in ascending order of (sort key, id), and each ordinal's position in it. A
// sorted page of a big result is then a walk along the rank array testing membership in the result bitset, and a
// small result is sorted by comparing positions (ints) instead of text. Descending order is the same array walked
// backwards, since the comparer flips both the key and the id tie-break.
//
// Upkeep: a refreshed work's keys may have changed (kudos, hits, an edit), so its ordinal is marked dirty rather than
// moved (moving one entry shifts up to a million positions). Searches skip dirty ordinals in the rank walk and merge
// the result's dirty members in with the exact comparer. Once the dirty set passes RankRebuildAt, the ranks are
// rebuilt (about a second at a million works, once per thousands of changes).
public sealed partial class WorkIndex
{
    private static readonly WorkSort[] RankedSorts =
        [WorkSort.Creator, WorkSort.Title, WorkSort.Posted, WorkSort.Updated, WorkSort.Words, WorkSort.Hits, WorkSort.Kudos, WorkSort.Comments, WorkSort.Bookmarks];
    private readonly int[][] _rank = new int[RankedSorts.Length][];
    private readonly int[][] _rankPos = new int[RankedSorts.Length][];
    private int _rankedCount = -1;   // -1: ranks not built yet (during Build)
    private ulong[] _dirtyBits = [];
    private readonly List<int> _dirty = [];

    private int RankRebuildAt => Math.Max(4096, _c.Count / 64);

    private static int RankSlot(WorkSort sort) => sort is WorkSort.BestMatch or WorkSort.Listed ? 3 : Array.IndexOf(RankedSorts, sort);

    private void MarkDirty(int o)
    {
        if (_rankedCount < 0) return;
        var w = o >> 6;
        if (w < _dirtyBits.Length && (_dirtyBits[w] & (1UL << o)) != 0) return;
        Put(ref _dirtyBits, o, true);
        _dirty.Add(o);
        if (_dirty.Count > RankRebuildAt) BuildRanks();
    }

    private bool IsDirty(int o) => (o >> 6) < _dirtyBits.Length && (_dirtyBits[o >> 6] & (1UL << o)) != 0;

    private void BuildRanks()
    {
        var c = _c;
        var n = c.Count;
        for (var s = 0; s < RankedSorts.Length; s++)
        {
            var sort = RankedSorts[s];
            var keys = new long[n];
            var items = new int[n];
            for (var o = 0; o < n; o++)
            {
                items[o] = o;
                keys[o] = sort switch
                {
                    WorkSort.Creator => c.CreatorKey[o],
                    WorkSort.Title => c.TitleKey[o],
                    WorkSort.Posted => c.Published[o],
                    WorkSort.Updated => c.Updated[o],
                    WorkSort.Words => ((long)c.Words[o] << 32) | (uint)c.Ids[o],
                    WorkSort.Hits => ((long)c.Hits[o] << 32) | (uint)c.Ids[o],
                    WorkSort.Kudos => ((long)c.Kudos[o] << 32) | (uint)c.Ids[o],
                    WorkSort.Comments => ((long)c.Comments[o] << 32) | (uint)c.Ids[o],
                    _ => ((long)c.Bookmarks[o] << 32) | (uint)c.Ids[o],
                };
            }
            Array.Sort(keys, items);
            // Runs of equal primary keys (same date, same first four letters) are put in exact order by the comparer.
            var cmp = new OrderComparer(c, sort, descending: false);
            for (var i = 0; i < n;)
            {
                var j = i + 1;
                while (j < n && keys[j] == keys[i]) j++;
                if (j - i > 1) Array.Sort(items, i, j - i, cmp);
                i = j;
            }
            var pos = new int[n];
            for (var i = 0; i < n; i++) pos[items[i]] = i;
            _rank[s] = items;
            _rankPos[s] = pos;
        }
        _rankedCount = n;
        Array.Clear(_dirtyBits);
        _dirty.Clear();
    }

    // The ordinals at positions skip..skip+size of the result r (n members) in the query's order.
    private int[] RankedPage(ulong[] r, int words, int n, WorkQuery q, int skip, int size)
    {
        var k = (int)Math.Min(n, (long)skip + size);
        var s = RankSlot(q.Sort);
        var rank = _rank[s];
        var desc = q.Descending;
        var cmp = new OrderComparer(_c, q.Sort, desc);

        // The result's dirty members (few), exactly ordered.
        var dirty = new List<int>();
        foreach (var o in _dirty)
            if ((r[o >> 6] & (1UL << o)) != 0) dirty.Add(o);
        dirty.Sort(cmp);

        // The first k clean members in rank order: walk the rank array when members are dense enough that k of
        // them turn up soon, else collect the members and order them by position.
        var clean = new int[k];
        var got = 0;
        var walk = (long)k * rank.Length / Math.Max(1, n);
        if (walk <= 4L * n + 4096)
        {
            for (var i = 0; i < rank.Length && got < k; i++)
            {
                var o = rank[desc ? rank.Length - 1 - i : i];
                if ((r[o >> 6] & (1UL << o)) != 0 && !IsDirty(o)) clean[got++] = o;
            }
        }
        else
        {
            var pos = _rankPos[s];
            var members = new int[n];
            var m = 0;
            for (var w = 0; w < words; w++)
            {
                var bits = r[w];
                while (bits != 0)
                {
                    var o = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (!IsDirty(o)) members[m++] = o;
                }
            }
            var keys = new int[m];
            for (var i = 0; i < m; i++) keys[i] = desc ? -pos[members[i]] : pos[members[i]];
            Array.Sort(keys, members, 0, m);
            got = Math.Min(k, m);
            Array.Copy(members, clean, got);
        }

        // Merge the two ordered streams and keep positions skip..k.
        var page = new int[Math.Max(0, k - skip)];
        int a = 0, b = 0;
        for (var i = 0; i < k; i++)
        {
            int o;
            if (b >= dirty.Count || (a < got && cmp.Compare(clean[a], dirty[b]) < 0)) o = clean[a++];
            else o = dirty[b++];
            if (i >= skip) page[i - skip] = _c.Ids[o];
        }
        return page;
    }
}
