namespace Encore.Understanding;

// Finds the names of known characters in text: every alias, longest match first, case-sensitive (a character's
// name is written with a capital; "ivy" on a wall is not Ivy).
public sealed class NameIndex
{
    private readonly Dictionary<string, List<(string[] Tokens, string Alias)>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Tokens, string Alias)>>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
    private readonly Dictionary<string, List<CharacterKnowledge>> _owners = new(StringComparer.Ordinal);

    // Capitalised at the start of a sentence, these are as likely to be ordinary words as names.
    private static readonly HashSet<string> OrdinaryWords = ["Will", "May", "Hope", "Grace", "Mark", "Frank", "Hunter", "Bishop", "Swift", "Parker", "Rand", "John"];

    public NameIndex(IEnumerable<CharacterKnowledge> characters)
    {
        foreach (var character in characters)
            foreach (var name in character.Names)
            {
                var tokens = name.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Length == 0) continue;
                if (!_owners.TryGetValue(name, out var owners)) _owners[name] = owners = [];
                if (!owners.Contains(character)) owners.Add(character);
                if (!_byFirstToken.TryGetValue(tokens[0], out var list)) _byFirstToken[tokens[0]] = list = [];
                if (!list.Any(l => l.Alias == name)) list.Add((tokens, name));
            }
        foreach (var list in _byFirstToken.Values) list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        _byFirstSpan = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<NameMention> Find(Sentence sentence)
    {
        var found = new List<NameMention>();
        Find(sentence, found);
        return found;
    }

    // Adds the sentence's mentions to found, in text order.
    public void Find(Sentence sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalized || !_byFirstSpan.TryGetValue(Bare(tokens[i].Span), out var candidates)) continue;
            foreach (var (aliasTokens, alias) in candidates)
            {
                if (i + aliasTokens.Length > tokens.Count) continue;
                var match = true;
                for (var k = 1; k < aliasTokens.Length && match; k++) match = Bare(tokens[i + k].Span).SequenceEqual(aliasTokens[k]);
                if (!match) continue;
                if (aliasTokens.Length == 1 && i == 0 && OrdinaryWords.Contains(alias)) break;
                var last = tokens[i + aliasTokens.Length - 1];
                found.Add(new NameMention(alias, _owners[alias], sentence, tokens[i].Start, last.Start + Bare(last.Span).Length, aliasTokens.Length > 1));
                i += aliasTokens.Length - 1;
                break;
            }
        }
    }

    // "Kyle's" is Kyle: the possessive is not part of the name (the mention ends before it).
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> token) =>
        token.Length > 2 && (token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal)) ? token[..^2] : token;

    // The characters a written name (from a "Derek/Karen" tag) can mean.
    public IReadOnlyList<CharacterKnowledge> Owners(string name) =>
        _owners.TryGetValue(name.Trim(), out var owners) ? owners
        : _owners.TryGetValue(name.Trim().Replace(".", ""), out owners) ? owners : [];
}

public sealed record NameMention(string Alias, IReadOnlyList<CharacterKnowledge> Owners, Sentence Sentence, int Start, int End, bool MultiWord);
