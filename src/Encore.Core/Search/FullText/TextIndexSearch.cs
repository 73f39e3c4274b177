using System.Buffers;

namespace Encore.Search;

// The works a full-text query matches, with their scores (higher is better). When the query has only exclusions,
// HasRequired is false and WorkIds are the works it rules out: every other work matches, with no score.
public sealed class TextMatches
{
    public required TextQuery Query { get; init; }
    public required bool HasRequired { get; init; }
    public required int[] WorkIds { get; init; }
    public required float[] Scores { get; init; }
    // The query's own notes plus what searching added (prefixes cut to their commonest words).
    public required IReadOnlyList<string> Notes { get; init; }
}

public sealed partial class TextIndex
{
    public const int MaxExpansions = 64;

    // At most this many bytes of postings are read for one query: about a dozen of the commonest words at 20,000
    // works of 5,000 words, a few hundred milliseconds. A query asking for more (thirty common-word phrases) has its
    // costliest parts left out, with a note, rather than holding a core for seconds.
    public const long ReadBudget = 48L << 20;
    internal long Budget { get; set; } = ReadBudget;   // tests lower it

    public TextMatches Match(string? text) => Match(TextQuery.Parse(text));

    public TextMatches Match(TextQuery query)
    {
        var notes = new List<string>(query.Ignored);
        _lock.EnterReadLock();
        try
        {
            var words = Math.Max(1, (_count + 63) >> 6);
            var r = ArrayPool<ulong>.Shared.Rent(words);
            var c = ArrayPool<ulong>.Shared.Rent(words);
            var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, _count));
            try
            {
                Array.Clear(scores, 0, _count);
                var budget = Budget;
                bool Afford(long cost, object what, bool always)
                {
                    if (!always && cost > budget)
                    {
                        notes.Add($"“{what}” was left out: the query as a whole asked to read too much.");
                        return false;
                    }
                    budget -= cost;
                    return true;
                }
                if (query.Required.Count == 0 || _count == 0)
                {
                    Array.Clear(c, 0, words);
                    if (_count > 0)
                        foreach (var term in query.Excluded)
                            if (Afford(Cost(new TextClause([term])), term, false)) Scan(term, null, c, null, notes);
                    return Result(query, query.Required.Count > 0, c, words, null, notes);
                }
                var first = true;
                foreach (var (clause, cost) in query.Required.Select(c => (c, Cost(c))).OrderBy(p => p.Item2))
                {
                    if (!Afford(cost, string.Join(" OR ", clause.Alternatives), first)) continue;
                    Array.Clear(c, 0, words);
                    foreach (var term in clause.Alternatives) Scan(term, first ? null : r, c, scores, notes);
                    Array.Copy(c, r, words);
                    first = false;
                    if (IsEmpty(r, words)) break;
                }
                if (query.Excluded.Count > 0)
                {
                    Array.Clear(c, 0, words);
                    foreach (var term in query.Excluded)
                        if (Afford(Cost(new TextClause([term])), "-" + term, false)) Scan(term, r, c, null, notes);
                    for (var w = 0; w < words; w++) r[w] &= ~c[w];
                }
                return Result(query, true, r, words, scores, notes);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(r);
                ArrayPool<ulong>.Shared.Return(c);
                ArrayPool<float>.Shared.Return(scores);
            }
        }
        finally { _lock.ExitReadLock(); }
    }

    private TextMatches Result(TextQuery query, bool required, ulong[] bits, int words, float[]? scores, List<string> notes)
    {
        var ids = new List<int>();
        var values = new List<float>();
        for (var w = 0; w < words; w++)
        {
            var b = w < _dead.Length ? bits[w] & ~_dead[w] : 0;
            while (b != 0)
            {
                var o = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(b);
                b &= b - 1;
                if (o >= _count) break;
                ids.Add(_workIds[o]);
                values.Add(scores?[o] ?? 0);
            }
        }
        return new TextMatches { Query = query, HasRequired = required, WorkIds = [.. ids], Scores = [.. values], Notes = notes };
    }

    private static bool IsEmpty(ulong[] bits, int words)
    {
        for (var w = 0; w < words; w++) if (bits[w] != 0) return false;
        return true;
    }

    // Bytes of postings a clause reads (a phrase reads all its words'): the cheapest clause goes first and narrows the
    // others' candidates.
    private long Cost(TextClause clause)
    {
        long cost = 0;
        foreach (var term in clause.Alternatives)
        {
            if (term.Prefix) cost += Expand(term.Words[0], null).Sum(t => (long)_lengths[t]);
            else if (term.Words.All(_termIds.ContainsKey)) cost += term.Words.Sum(w => (long)_lengths[_termIds[w]]);
        }
        return cost;
    }

    // Sets in `into` the live works (among candidates, if given) that match the term, adding their scores.
    private void Scan(TextTerm term, ulong[]? candidates, ulong[] into, float[]? scores, List<string> notes)
    {
        if (term.Prefix)
        {
            foreach (var t in Expand(term.Words[0], notes)) ScanWord(t, term.Field, candidates, into, scores);
            return;
        }
        var ids = new int[term.Words.Count];
        for (var i = 0; i < ids.Length; i++)
            if (!_termIds.TryGetValue(term.Words[i], out ids[i])) return;
        if (ids.Length == 1) ScanWord(ids[0], term.Field, candidates, into, scores);
        else ScanPhrase(ids, term.Field, candidates, into, scores);
    }

    private sealed class PrefixOrder(List<string> terms) : IComparer<int>
    {
        public int Compare(int a, int b) => string.CompareOrdinal(terms[a], terms[b]);
    }

    private readonly Lock _sortLock = new();

    // The terms starting with prefix; past MaxExpansions, the commonest of them (and a note saying so).
    private List<int> Expand(string prefix, List<string>? notes)
    {
        var sorted = Volatile.Read(ref _sortedIds);
        if (sorted == null)
            lock (_sortLock)
            {
                sorted = _sortedIds;
                if (sorted == null)
                {
                    sorted = Enumerable.Range(0, _terms.Count).ToArray();
                    Array.Sort(sorted, new PrefixOrder(_terms));
                    Volatile.Write(ref _sortedIds, sorted);
                }
            }
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (string.CompareOrdinal(_terms[sorted[mid]], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        var found = new List<int>();
        for (var i = lo; i < sorted.Length && _terms[sorted[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
            if (_entries[sorted[i]] > 0) found.Add(sorted[i]);
        if (found.Count <= MaxExpansions) return found;
        notes?.Add($"“{prefix}*” matches {found.Count:N0} words; the {MaxExpansions} most common were searched.");
        return found.OrderByDescending(t => _entries[t]).ThenBy(t => _terms[t], StringComparer.Ordinal).Take(MaxExpansions).ToList();
    }
}
