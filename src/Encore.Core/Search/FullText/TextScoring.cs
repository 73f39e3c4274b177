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
        var cursor = new PostingCursor(_blobs[t], _lengths[t], _starts);
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
            cursors[i] = new PostingCursor(_blobs[ids[i]], _lengths[ids[i]], _starts);
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
                // Words stored as bitmaps in this work are tested bit by bit; the others' positions are decoded.
                for (var i = 0; i < k; i++)
                {
                    if (cursors[i].IsBitmap) continue;
                    if (positions[i].Length < cursors[i].Count) positions[i] = new int[Math.Max(cursors[i].Count, positions[i].Length * 2)];
                    counts[i] = cursors[i].ReadPositions(positions[i]);
                }
                tf.Clear();
                if (CountPhrase(cursors, positions, counts, o, field, tf))
                {
                    Set(into, o);
                    if (scores != null) scores[o] += idf * Score(o, tf, field);
                }
            }
            if (!cursors[0].MoveNext()) return;
        }
    }

    // The starts p of the phrase in one work (word i at p + i for every i), counted into tf by the field p is in.
    // One word drives: the decoded one with the fewest positions (a bitmap one only when all are). Each of its
    // positions is a candidate start, checked against every other word by a bit test or a forward-only pointer.
    private bool CountPhrase(PostingCursor[] cursors, int[][] positions, int[] counts, int o, TextField? field, Span<int> tf)
    {
        var k = cursors.Length;
        var driver = -1;
        for (var i = 0; i < k; i++)
            if (!cursors[i].IsBitmap && (driver < 0 || counts[i] < counts[driver])) driver = i;
        if (driver < 0) return CountBitmapPhrase(cursors, o, field, tf);
        Span<int> next = stackalloc int[k];
        var at = o * FieldSlots;
        var f = 0;
        var found = false;
        var own = positions[driver].AsSpan(0, counts[driver]);
        foreach (var p in own)
        {
            var start = p - driver;
            var all = true;
            for (var i = 0; i < k && all; i++)
            {
                if (i == driver) continue;
                var want = start + i;
                if (cursors[i].IsBitmap) { all = cursors[i].HasPosition(want); continue; }
                var list = positions[i];
                var x = next[i];
                while (x < counts[i] && list[x] < want) x++;
                next[i] = x;
                all = x < counts[i] && list[x] == want;
            }
            if (!all || start < 0) continue;
            while (start >= _starts[at + f + 1]) f++;
            if (field is not { } only || (int)only == f)
            {
                tf[f]++;
                found = true;
            }
        }
        return found;
    }

    // Every word a bitmap in this work (common words together: "of the"): the starts are the bits set in word 0's
    // bitmap AND word 1's shifted down by one AND word 2's by two…, sixty-four positions a step.
    private bool CountBitmapPhrase(PostingCursor[] cursors, int o, TextField? field, Span<int> tf)
    {
        var length = cursors[0].Bitmap.Length;
        var at = o * FieldSlots;
        var f = 0;
        var found = false;
        for (var w = 0; w << 3 < length; w++)
        {
            var starts = Postings.Word(cursors[0].Bitmap, w);
            for (var i = 1; i < cursors.Length && starts != 0; i++)
            {
                var bits = cursors[i].Bitmap;
                starts &= (Postings.Word(bits, w) >> i) | (Postings.Word(bits, w + 1) << (64 - i));
            }
            while (starts != 0)
            {
                var p = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                while (p >= _starts[at + f + 1]) f++;
                if (field is not { } only || (int)only == f)
                {
                    tf[f]++;
                    found = true;
                }
            }
        }
        return found;
    }
}
