namespace Encore.Search;

// Finds a query's words in a text as it is read, for snippets: the words, phrases and prefixes a reader asked for in
// the story (any field or body:), each with a key so a window can count how many different ones it shows. Each token
// is looked up once, as a span (no string per word), and phrases are matched against the ids of the last words read.
internal sealed class Highlighter
{
    private const int Ring = TextQuery.MaxPhraseWords;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<int> _wordKey = [];                    // vocabulary id → key of the single-word term, or -1
    private readonly List<(int[] Ids, int Key)> _phrases = [];
    private readonly List<(string Prefix, int Key)> _prefixes = [];
    private readonly int[] _recent = new int[Ring];

    public int KeyCount { get; }

    public Highlighter(TextQuery query)
    {
        var key = 0;
        foreach (var term in query.Required.SelectMany(c => c.Alternatives))
        {
            if (term.Field is { } f && f != TextField.Body) continue;
            if (term.Prefix) _prefixes.Add((term.Words[0], key++));
            else if (term.IsPhrase) _phrases.Add((term.Words.Select(Id).ToArray(), key++));
            else if (_wordKey[Id(term.Words[0])] < 0) _wordKey[Id(term.Words[0])] = key++;
        }
        KeyCount = key;
    }

    private int Id(string word)
    {
        if (_vocabulary.TryGetValue(word, out var id)) return id;
        _vocabulary[word] = id = _vocabulary.Count;
        _wordKey.Add(-1);
        return id;
    }

    // The matches of one text (tokens' offsets into starts/ends), in token order. Stops `words` tokens after the
    // first window of `words` tokens holding every key: the excerpt is there, and a long work need not be read on.
    public List<Snippets.Match> Find(string text, List<int> starts, List<int> ends, int words, out bool complete)
    {
        var found = new List<Snippets.Match>();
        complete = false;
        starts.Clear();
        ends.Clear();
        var lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new TokenReader(text, stackalloc char[TextTokens.BufferLength]);
        // Without terms to mark, only the opening is wanted.
        var stopAt = KeyCount == 0 ? words + 1 : int.MaxValue;   // one more tells whether the text goes on
        for (var i = 0; reader.MoveNext() && i < stopAt; i++)
        {
            starts.Add(reader.Start);
            ends.Add(reader.End);
            if (KeyCount == 0) continue;
            var term = reader.Term;
            var id = lookup.TryGetValue(term, out var v) ? v : -1;
            _recent[i % Ring] = id;
            var before = found.Count;
            foreach (var (ids, key) in _phrases)
            {
                if (id != ids[^1] || i + 1 < ids.Length) continue;
                var all = true;
                for (var j = 1; j < ids.Length && all; j++) all = _recent[(i - j) % Ring] == ids[^(j + 1)];
                if (all) found.Add(new Snippets.Match(i - ids.Length + 1, i, key));
            }
            if (id >= 0 && _wordKey[id] >= 0) found.Add(new Snippets.Match(i, i, _wordKey[id]));
            foreach (var (prefix, key) in _prefixes)
                if (term.StartsWith(prefix, StringComparison.Ordinal)) { found.Add(new Snippets.Match(i, i, key)); break; }
            if (found.Count > before && stopAt == int.MaxValue && HasEveryKey(found, i - words + 1))
            {
                complete = true;
                stopAt = i + words + 1;
            }
        }
        // Phrases are found at their last word: put matches in order of their first.
        found.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last));
        return found;
    }

    private bool HasEveryKey(List<Snippets.Match> found, int from)
    {
        Span<bool> seen = stackalloc bool[KeyCount];
        var n = 0;
        for (var m = found.Count - 1; m >= 0 && found[m].Last >= from; m--)
            if (found[m].First >= from && !seen[found[m].Key]) { seen[found[m].Key] = true; n++; }
        return n == KeyCount;
    }
}
