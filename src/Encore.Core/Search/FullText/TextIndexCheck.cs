using Encore.Data;

namespace Encore.Search;

// `encore index verify` for the text index: builds a fresh one from the database and compares them work by work.
// Listing every word of every work would run to gigabytes, so each work is described by its field layout and a
// digest of its (word, positions) postings, which any missing, extra or misplaced word changes.
public static class TextIndexCheck
{
    public static async Task<IReadOnlyList<string>> CompareAsync(TextIndex index, EncoreDb db, CancellationToken ct = default) =>
        Compare(index, await TextIndex.BuildAsync(db, ct));

    public static IReadOnlyList<string> Compare(TextIndex index, TextIndex fresh)
    {
        var live = index.Describe();
        var expected = fresh.Describe();
        var problems = new List<string>();
        foreach (var line in expected.Except(live).Take(20)) problems.Add($"text missing or stale: {line}");
        foreach (var line in live.Except(expected).Take(20)) problems.Add($"text unexpected: {line}");
        return problems;
    }
}

public sealed partial class TextIndex
{
    // One line per live work, in work id order: its field starts and the digest of its postings.
    public IReadOnlyList<string> Describe()
    {
        _lock.EnterReadLock();
        try
        {
            var digests = new ulong[_count];
            var positions = new int[64];
            for (var t = 0; t < _terms.Count; t++)
            {
                var termHash = Mix(Fnv(_terms[t]));
                var cursor = new PostingCursor(_blobs[t], _lengths[t], _starts);
                while (cursor.MoveNext())
                {
                    if (IsDead(cursor.Ordinal)) continue;
                    if (positions.Length < cursor.Count) positions = new int[cursor.Count * 2];
                    var n = cursor.ReadPositions(positions);
                    var h = termHash;
                    for (var i = 0; i < n; i++) h = Mix(h ^ (uint)positions[i]);
                    digests[cursor.Ordinal] += h;   // a sum, so the order terms are visited in does not matter
                }
            }
            var lines = new List<(int Id, string Line)>();
            for (var o = 0; o < _count; o++)
            {
                if (IsDead(o)) continue;
                var starts = string.Join(",", _starts.AsSpan(o * FieldSlots, FieldSlots).ToArray());
                lines.Add((_workIds[o], $"text {_workIds[o]} fields=[{starts}] digest={digests[o]:x16}"));
            }
            return lines.OrderBy(l => l.Id).Select(l => l.Line).ToList();
        }
        finally { _lock.ExitReadLock(); }
    }

    private static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) h = (h ^ c) * 1099511628211UL;
        return h;
    }

    // SplitMix64's finalizer: spreads every input bit over the output, so sums of digests do not cancel by accident.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
