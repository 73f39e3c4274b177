namespace Encore.Search;

// BM25 per field, summed with field weights (a title match counts for more than a tag, a tag than the summary, the
// summary than the story), so a work about the words outranks one that mentions them in passing. A phrase counts
// as one term whose weight is the sum of its words' (a rare name in a phrase weighs as much as the name alone).
public sealed partial class TextIndex
{
    private const float K1 = 1.2f;
    //                                       title creator tag  summary notes body
    private static readonly float[] Weight = [4.0f, 3.0f, 2.5f, 1.8f, 0.6f, 1.0f];
    private static readonly float[] B = [0.3f, 0.3f, 0.3f, 0.5f, 0.75f, 0.75f];

    private float Idf(int t)
    {
        var df = _entries[t];
        return MathF.Log(1 + (_count - df + 0.5f) / (df + 0.5f));
    }

    private float FieldScore(int o, int f, int tf)
    {
        // The average over the works that have the field at all (most works have no notes; that must not make one
        // work's notes look long).
        var average = Math.Max(1f, (float)_fieldSums[f] / Math.Max(1, _fieldWorks[f]));
        var norm = 1 - B[f] + B[f] * FieldLength(o, f) / average;
        return Weight[f] * tf * (K1 + 1) / (tf + K1 * norm);
    }

    private float Score(int o, Span<int> tf, TextField? field)
    {
        if (field is { } only) return FieldScore(o, (int)only, tf[(int)only]);
        var s = 0f;
        for (var f = 0; f < WorkText.FieldCount; f++) if (tf[f] > 0) s += FieldScore(o, f, tf[f]);
        return s;
    }

    private static void Set(ulong[] bits, int o) => bits[o >> 6] |= 1UL << o;
    private static bool Has(ulong[] bits, int o) => (bits[o >> 6] & (1UL << o)) != 0;

    // A word: counts its occurrences per field from the positions. Positions ascend and the story comes last, so
    // once one falls in the story the rest do too and are skipped, not decoded.
    private void ScanWord(int t, TextField? field, ulong[]? candidates, ulong[] into, float[]? scores)
    {
        var idf = Idf(t);
        var cursor = new PostingCursor(_blobs[t], _lengths[t]);
        Span<int> tf = stackalloc int[WorkText.FieldCount];
        while (cursor.MoveNext())
        {
            var o = cursor.Ordinal;
            if (IsDead(o) || (candidates != null && !Has(candidates, o))) continue;
            if (field == null && scores == null) { Set(into, o); continue; }
            tf.Clear();
            var at = o * FieldSlots;
            var body = _starts[at + (int)TextField.Body];
            var stop = field is { } only && only != TextField.Body ? _starts[at + (int)only + 1] : int.MaxValue;
            var f = 0;
            for (var read = 0; read < cursor.Count;)
            {
                var p = cursor.NextPosition();
                read++;
                if (p >= stop) break;
                if (p >= body) { tf[(int)TextField.Body] += 1 + cursor.Count - read; break; }
                while (p >= _starts[at + f + 1]) f++;
                tf[f]++;
            }
            if (field is { } restricted && tf[(int)restricted] == 0) continue;
            Set(into, o);
            if (scores != null) scores[o] += idf * Score(o, tf, field);
        }
    }

    // A phrase: the works holding every word (a merge of the postings), then in each the positions p where word i
    // is at p + i, counted by the field p lies in (the gaps between fields and values keep a match inside one).
    private void ScanPhrase(int[] ids, TextField? field, ulong[]? candidates, ulong[] into, float[]? scores)
    {
        var k = ids.Length;
        var idf = 0f;
        var cursors = new PostingCursor[k];
        var positions = new int[k][];
        for (var i = 0; i < k; i++)
        {
            idf += Idf(ids[i]);
            cursors[i] = new PostingCursor(_blobs[ids[i]], _lengths[ids[i]]);
            if (!cursors[i].MoveNext()) return;
            positions[i] = new int[16];
        }
        Span<int> tf = stackalloc int[WorkText.FieldCount];
        var counts = new int[k];
        while (true)
        {
            var target = 0;
            for (var i = 0; i < k; i++) target = Math.Max(target, cursors[i].Ordinal);
            var aligned = true;
            for (var i = 0; i < k; i++)
            {
                if (!cursors[i].MoveTo(target)) return;
                if (cursors[i].Ordinal != target) aligned = false;
            }
            if (!aligned) continue;
            var o = target;
            if (!IsDead(o) && (candidates == null || Has(candidates, o)))
            {
                for (var i = 0; i < k; i++)
                {
                    if (positions[i].Length < cursors[i].Count) positions[i] = new int[Math.Max(cursors[i].Count, positions[i].Length * 2)];
                    counts[i] = cursors[i].ReadPositions(positions[i]);
                }
                tf.Clear();
                if (CountPhrase(positions, counts, o, field, tf))
                {
                    Set(into, o);
                    if (scores != null) scores[o] += idf * Score(o, tf, field);
                }
            }
            if (!cursors[0].MoveNext()) return;
        }
    }

    // The starts p of the phrase in one work (word i at p + i for every i), counted into tf by the field p is in.
    // A leapfrog over the words' sorted positions, each shifted back by its place in the phrase.
    private bool CountPhrase(int[][] positions, int[] counts, int o, TextField? field, Span<int> tf)
    {
        var k = positions.Length;
        Span<int> next = stackalloc int[k];
        var at = o * FieldSlots;
        var f = 0;
        var found = false;
        var target = counts[0] > 0 ? positions[0][0] : int.MaxValue;
        while (true)
        {
            var agreed = 0;
            for (var i = 0; agreed < k; i = i + 1 == k ? 0 : i + 1)
            {
                var list = positions[i];
                var n = counts[i];
                var x = next[i];
                while (x < n && list[x] - i < target) x++;
                next[i] = x;
                if (x == n) return found;
                var value = list[x] - i;
                if (value == target) agreed++;
                else
                {
                    target = value;
                    agreed = 1;
                }
            }
            while (target >= _starts[at + f + 1]) f++;
            if (field is not { } only || (int)only == f)
            {
                tf[f]++;
                found = true;
            }
            target++;
        }
    }
}
