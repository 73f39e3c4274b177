namespace Encore.Understanding;

// The rules arranged for reading sentences fast, with labels, stems and rules numbered so that nothing is looked up
// by string or hashed per sentence. Which rules read a sentence is what it always was: a label's rules only when the
// sentence has one of the label's stems (a word beginning), and a rule only when it has one of the stems written in
// its own pattern (a rule over several sentences, or one naming none of its label's stems, whenever its label is).
// On top of that, a rule is skipped when the sentence lacks every piece of text its pattern requires
// (RequiredText): that only skips patterns that could not match, so it changes no result.
internal sealed partial class RuleTable
{
    public static readonly RuleTable Content = new(ContentRules.All, ContentRules.Stems);

    public ContentRule[] Rules { get; }
    public string[] Labels { get; }
    public int StemCount { get; }
    public int AeStem { get; }
    public int AeLabel { get; }

    // Each label's rules, strongest first: a label's weight in a sentence is that of its strongest rule that holds,
    // so the first that holds is the last that need run.
    public Entry[][] RulesOfLabel { get; }

    // Stems by their first two characters, longest first; each with its number and its labels' numbers.
    private readonly Dictionary<int, (string Stem, int Id, int[] Labels)[]> _byStart = [];

    public RuleTable(ContentRule[] rules, Dictionary<string, string[]> stems)
    {
        Rules = rules;
        var stemList = stems.SelectMany(kv => kv.Value.Select(stem => (Stem: stem, Label: kv.Key))).ToArray();
        Labels = stems.Keys.Union(rules.Select(r => r.Label)).ToArray();
        var labelIds = Labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);

        var stemIds = stemList.Select(p => p.Stem).Append("a&e").Distinct().Select((stem, i) => (stem, i))
            .ToDictionary(p => p.stem, p => p.i, StringComparer.Ordinal);
        StemCount = stemIds.Count;
        AeStem = stemIds["a&e"];
        AeLabel = labelIds.GetValueOrDefault(ContentLabels.Hospitalization, -1);
        // Stems shorter than two characters were never looked up, and are not now.
        foreach (var group in stemList.Where(p => p.Stem.Length >= 2).GroupBy(p => p.Stem).GroupBy(g => Key(g.Key[0], g.Key[1])))
            _byStart[group.Key] = group.Select(g => (g.Key, stemIds[g.Key], g.Select(p => labelIds[p.Label]).Distinct().ToArray()))
                .OrderByDescending(e => e.Key.Length).ToArray();

        int[]? OwnStems(ContentRule rule)
        {
            if (rule.Window > 1) return null;
            var pattern = rule.Pattern.ToString();
            var own = stemList.Where(p => p.Label == rule.Label && pattern.Contains(p.Stem, StringComparison.Ordinal)).Select(p => stemIds[p.Stem])
                .Concat(rule.Label == ContentLabels.Hospitalization && pattern.Contains("a&e", StringComparison.Ordinal) ? [AeStem] : [])
                .Distinct().ToArray();
            return own.Length == 0 ? null : own;
        }
        var entries = rules.Select((rule, i) => new Entry(i, rule, OwnStems(rule))).ToArray();
        // A rule of weight 0 never counted, and is left out.
        RulesOfLabel = Labels.Select(label => entries.Where(e => e.Rule.Label == label && e.Weight > 0).OrderByDescending(e => e.Weight).ToArray()).ToArray();
    }

    private static int Key(char a, char b) => a | b << 16;

    public static ulong Signature(int stem) => 1UL << (stem & 63);

    // The stems that may begin a word: those sharing its first two characters, longest first (the order labels were
    // always met in, which orders the suggestions). The caller checks which the word does begin with.
    public bool TryStems(ReadOnlySpan<char> word, out (string Stem, int Id, int[] Labels)[] entries)
    {
        entries = [];
        return word.Length >= 2 && _byStart.TryGetValue(Key(word[0], word[1]), out entries!);
    }
}
