namespace Encore.Search;

// Finds a query's words in a text's tokens, for snippets: the words, phrases and prefixes a reader asked for in the
// story (any field or body:), each with a key so a window can count how many different ones it shows.
internal sealed class Highlighter
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Key)> _prefixes = [];
    private readonly List<(IReadOnlyList<string> Words, int Key)> _phrases = [];

    public Highlighter(TextQuery query)
    {
        var key = 0;
        foreach (var term in query.Required.SelectMany(c => c.Alternatives))
        {
            if (term.Field is { } f && f != TextField.Body) continue;
            if (term.Prefix) _prefixes.Add((term.Words[0], key++));
            else if (term.IsPhrase) _phrases.Add((term.Words, key++));
            else _words.TryAdd(term.Words[0], key++);
        }
    }

    // Matches in token order (by first token, then longest first).
    public List<Snippets.Match> Find(List<(string Term, int Start, int Length)> tokens)
    {
        var found = new List<Snippets.Match>();
        if (_words.Count == 0 && _prefixes.Count == 0 && _phrases.Count == 0) return found;
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = tokens[i].Term;
            foreach (var (words, key) in _phrases)
            {
                if (i + words.Count > tokens.Count) continue;
                var all = true;
                for (var j = 0; j < words.Count && all; j++) all = tokens[i + j].Term == words[j];
                if (all) found.Add(new Snippets.Match(i, i + words.Count - 1, key));
            }
            if (_words.TryGetValue(term, out var k)) found.Add(new Snippets.Match(i, i, k));
            foreach (var (prefix, key) in _prefixes)
                if (term.StartsWith(prefix, StringComparison.Ordinal)) { found.Add(new Snippets.Match(i, i, key)); break; }
        }
        return found;
    }
}
