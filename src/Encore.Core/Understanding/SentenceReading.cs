namespace Encore.Understanding;

// What ContentFinder knows of the sentence it is reading, kept in arrays reused from one sentence to the next: the
// stems its words begin with, the labels those stems belong to (in the order met, which orders the suggestions),
// its trigrams, its windows of several sentences, and whether it tells of strangers, news or a play.
internal sealed class SentenceReading(RuleTable table, TextDocument text)
{
    private readonly bool[] _present = new bool[table.StemCount];
    private readonly List<int> _seen = [];
    private readonly bool[] _labelSeen = new bool[table.Labels.Length];
    private readonly Dictionary<int, string> _windows = [];
    private readonly ulong[] _trigrams = new ulong[Trigrams.Words];
    private bool _trigramsFilled;
    private ulong _signature;
    private bool? _distant;

    public Sentence Sentence { get; private set; } = null!;
    public string Lower { get; private set; } = "";
    public List<int> Labels { get; } = [];

    public void Read(Sentence sentence)
    {
        foreach (var id in _seen) _present[id] = false;
        _seen.Clear();
        foreach (var l in Labels) _labelSeen[l] = false;
        Labels.Clear();
        _windows.Clear();
        _trigramsFilled = false;
        _signature = 0;
        _distant = null;
        Sentence = sentence;
        Lower = sentence.Lower;
        // "A&E" is cut into one-letter tokens, too short to be stems.
        if (table.AeLabel >= 0 && Lower.Contains("a&e", StringComparison.Ordinal)) Found(table.AeStem, [table.AeLabel]);
        foreach (var token in sentence.Tokens)
        {
            var word = token.LowerSpan;
            if (!table.TryStems(word, out var entries)) continue;
            foreach (var (stem, id, labels) in entries)
                if (stem.Length <= word.Length && (stem.Length == 2 || stem[2] == word[2]) && word.StartsWith(stem, StringComparison.Ordinal))
                    Found(id, labels);
        }
    }

    private void Found(int stem, int[] labels)
    {
        foreach (var l in labels)
            if (!_labelSeen[l]) { _labelSeen[l] = true; Labels.Add(l); }
        if (_present[stem]) return;
        _present[stem] = true;
        _seen.Add(stem);
        _signature |= RuleTable.Signature(stem);
    }

    // Whether the rule reads this sentence (its own stems are here) and could match it (the texts its pattern
    // requires are here); subject is what it reads: the sentence, or the window of sentences it starts.
    public bool Worth(RuleTable.Entry rule, out string subject)
    {
        subject = Lower;
        if (rule.OwnStems is { } own && ((rule.OwnSignature & _signature) == 0 || !AnyPresent(own))) return false;
        var required = rule.Required;
        if (required.Trigrams is { } trigrams)
        {
            if (!_trigramsFilled) { Trigrams.Fill(Lower, _trigrams); _trigramsFilled = true; }
            if (!Trigrams.MayContainAny(_trigrams, trigrams)) return false;
        }
        if (rule.Rule.Window > 1) subject = Window(rule.Rule.Window);
        return required.Exactly is not { } exactly || subject.AsSpan().ContainsAny(exactly);
    }

    private bool AnyPresent(int[] stems)
    {
        foreach (var id in stems)
            if (_present[id]) return true;
        return false;
    }

    // A rule over several sentences reads them joined by spaces.
    private string Window(int count)
    {
        if (!_windows.TryGetValue(count, out var joined))
            _windows[count] = joined = string.Join(' ', text.Sentences.Skip(Sentence.Index).Take(count).Select(s => s.Lower));
        return joined;
    }

    // Whether the subject tells of strangers, news or a play; asked once for the sentence itself.
    public bool Distant(string subject, Func<string, bool> distant) =>
        ReferenceEquals(subject, Lower) ? _distant ??= distant(subject) : distant(subject);
}
