namespace Encore.Search;

public sealed partial class TextIndex
{
    // One work's words grouped by term, ready to append: distinct term ids with their counts, and the positions of
    // each term in turn. Reused from work to work during a build, so a known word costs a dictionary lookup on a
    // span and no allocation; words new to the index get ids after the existing ones.
    private sealed class DocTerms
    {
        public int WorkId;
        public ulong Fingerprint;
        public readonly int[] Starts = new int[FieldSlots];
        public int TermCount;
        public int[] Terms = new int[256], Counts = new int[256];
        public int[] Positions = new int[4096];
        public readonly List<string> NewTerms = [];   // words to add to the dictionary when the work is applied
        public int TermLimit;                         // term ids this work uses are below it

        private readonly Dictionary<string, int> _newIds = new(StringComparer.Ordinal);
        private int[] _slotOf = new int[1024];       // term id → slot + 1 in Terms (0: not seen in this work)
        private int[] _tokenTerm = new int[4096], _tokenPosition = new int[4096];
        private int[] _fill = new int[256];

        // register: add new words to the index's dictionary at once (the tokenizing stage of a build, which owns the
        // dictionary) rather than leaving them in NewTerms for Apply (a refresh, which may not change it unlocked).
        public void Tokenize(WorkText text, TextIndex index, bool register = false)
        {
            WorkId = text.WorkId;
            Fingerprint = text.Fingerprint();
            NewTerms.Clear();
            _newIds.Clear();
            var known = index._termIds.GetAlternateLookup<ReadOnlySpan<char>>();
            var fresh = _newIds.GetAlternateLookup<ReadOnlySpan<char>>();
            var baseId = index._terms.Count;
            Span<char> buffer = stackalloc char[TextTokens.BufferLength];
            var n = 0;
            var position = 0;
            for (var f = 0; f < WorkText.FieldCount; f++)
            {
                Starts[f] = position;
                foreach (var value in text[(TextField)f])
                {
                    var reader = new TokenReader(value, buffer);
                    while (reader.MoveNext())
                    {
                        var term = reader.Term;
                        if (!known.TryGetValue(term, out var id) && !fresh.TryGetValue(term, out id))
                        {
                            var s = term.ToString();
                            if (register)
                            {
                                id = index._terms.Count;
                                index._termIds[s] = id;
                                index._terms.Add(s);
                            }
                            else
                            {
                                id = baseId + NewTerms.Count;
                                NewTerms.Add(s);
                                _newIds[s] = id;
                            }
                        }
                        if (n == _tokenTerm.Length)
                        {
                            Array.Resize(ref _tokenTerm, n * 2);
                            Array.Resize(ref _tokenPosition, n * 2);
                        }
                        _tokenTerm[n] = id;
                        _tokenPosition[n++] = position++;
                    }
                    position++;   // the gap after every value
                }
            }
            Starts[WorkText.FieldCount] = position;
            TermLimit = register ? index._terms.Count : baseId + NewTerms.Count;
            Group(n, TermLimit);
        }

        // A counting sort of the tokens by term, keeping each term's positions in ascending order.
        private void Group(int n, int termIds)
        {
            if (_slotOf.Length < termIds) Array.Resize(ref _slotOf, Math.Max(termIds, _slotOf.Length * 2));
            TermCount = 0;
            for (var i = 0; i < n; i++)
            {
                var t = _tokenTerm[i];
                var slot = _slotOf[t] - 1;
                if (slot < 0)
                {
                    slot = TermCount++;
                    if (slot == Terms.Length)
                    {
                        Array.Resize(ref Terms, slot * 2);
                        Array.Resize(ref Counts, slot * 2);
                    }
                    Terms[slot] = t;
                    Counts[slot] = 0;
                    _slotOf[t] = slot + 1;
                }
                Counts[slot]++;
            }
            if (_fill.Length < TermCount) _fill = new int[Math.Max(TermCount, _fill.Length * 2)];
            var offset = 0;
            for (var s = 0; s < TermCount; s++)
            {
                _fill[s] = offset;
                offset += Counts[s];
            }
            if (Positions.Length < n) Positions = new int[Math.Max(n, Positions.Length * 2)];
            for (var i = 0; i < n; i++) Positions[_fill[_slotOf[_tokenTerm[i]] - 1]++] = _tokenPosition[i];
            for (var s = 0; s < TermCount; s++) _slotOf[Terms[s]] = 0;
        }
    }
}
