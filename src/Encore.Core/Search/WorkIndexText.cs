using System.Buffers;

namespace Encore.Search;

// Full-text matches combined with the filters: the text index answers by work id (it numbers works its own way), the
// matches become a bitset over this index's ordinals and are ANDed with the filter result, so every filter, facet
// and sort applies to text results too. Best match with text orders by score.
public sealed partial class WorkIndex
{
    // Narrows r to the text matches (or removes the excluded works when the query only excludes). Returns each
    // ordinal's score when the page is to be ordered by it, else null.
    private float[]? ApplyText(TextMatches text, ulong[] r, int words, ulong[] scratch, bool ranked)
    {
        var count = _c.Count;
        if (!text.HasRequired)
        {
            foreach (var id in text.WorkIds)
                if (_ordinalById.TryGetValue(id, out var o) && o < count) r[o >> 6] &= ~(1UL << o);
            return null;
        }
        var scores = ranked ? ArrayPool<float>.Shared.Rent(Math.Max(1, count)) : null;
        Array.Clear(scratch, 0, words);
        for (var i = 0; i < text.WorkIds.Length; i++)
        {
            if (!_ordinalById.TryGetValue(text.WorkIds[i], out var o) || o >= count) continue;
            scratch[o >> 6] |= 1UL << o;
            if (scores != null) scores[o] = text.Scores[i];
        }
        AndBits(scratch, r, words, negate: false);
        return scores;
    }

    // The page of r (n members) by score, ties by work id, both in the chosen direction (descending: best first).
    private int[] ScoredPage(ulong[] r, int words, int n, bool descending, float[] scores, int skip, int size)
    {
        var members = new int[n];
        var m = 0;
        for (var w = 0; w < words; w++)
        {
            var bits = r[w];
            while (bits != 0)
            {
                members[m++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
        var ids = _c.Ids;
        var sign = descending ? -1 : 1;
        Array.Sort(members, 0, m, Comparer<int>.Create((a, b) =>
        {
            var c = scores[a].CompareTo(scores[b]);
            return sign * (c != 0 ? c : ids[a].CompareTo(ids[b]));
        }));
        return members.Skip(skip).Take(size).Select(o => ids[o]).ToArray();
    }
}
