using System.Text.RegularExpressions;
using Hit = Encore.Understanding.ContentFinder.Hit;

namespace Encore.Understanding;

// The second, broader layer of evidence: a label's semantic field (TopicFields) read over a window of a few
// sentences. Each cue is read with the rules' scopes (not negated, not supposed or asked, not strangers or news, not
// on stage), and a label is suggested when distinct cues from both halves of its field come together with enough
// weight. Its confidence (0.55-0.65) is below that of a rule reading the thing stated, and the note names the cues,
// so a person can see why.
internal static partial class TopicFinder
{
    private const double Base = 0.55;

    // Put on, not lived: a disguise, a pretence, a role.
    [GeneratedRegex(@"\b(pretend\w*|feign\w*|disguis\w*|in character|play(s|ed|ing)? (the|a) (part|role)|acting (drunk|sick|ill|hurt))\b")]
    private static partial Regex Pretence();

    // What is forced is not sexual content but its own warning: the rules read it.
    [GeneratedRegex(@"\b(rape\w*|forced|assault\w*|against (her|my|his|their) will|(said|told (him|her|them)) no|(didn't|did not) want (it|to))\b")]
    private static partial Regex Forced();

    [GeneratedRegex(@"\b(hits?|hitting|punch\w*|hurt\w*|bang\w*|slap\w*|scratch\w*) (herself|himself|myself|themselves|yourself)\b|\bagainst (her|his|my|their|your) own\b")]
    private static partial Regex Reflexive();

    // Sickness that empties a stomach or takes an appetite is not an eating disorder.
    [GeneratedRegex(@"\b(stomach (bug|flu|virus)|food poisoning|norovirus|(the|a) (flu|virus|bug)\b|hangover|hungover|morning sickness|pregnan\w*|seasick\w*|car ?sick|travel ?sick|chemo\w*|migraine)")]
    private static partial Regex Illness();

    // Cues whose first word is matched as a beginning ("calori*"), by their first two characters; the rest by their
    // whole first word and, when they have a second word, its first two characters, so a common word ("the", "in")
    // is checked only against the cues that begin with it and go on with the next word's beginning.
    private static readonly Dictionary<int, (int Field, int Cue)[]> ByStart = TopicFields.All
        .SelectMany((field, f) => field.Cues.Select((cue, c) => (cue, f, c))).Where(e => e.cue.FirstIsPrefix)
        .GroupBy(e => Key(e.cue.FirstStem)).ToDictionary(g => g.Key, g => g.Select(e => (e.f, e.c)).ToArray());

    // A first word's cues: those read whatever follows (one word, or a second too short to index), and those by the
    // second word's first two characters. Order is the cues' place in TopicFields, the order they are read in.
    private sealed record WordCues((int Field, int Cue, int Order)[] Alone, Dictionary<int, (int Field, int Cue, int Order)[]> BySecond);

    private static readonly Dictionary<string, WordCues>.AlternateLookup<ReadOnlySpan<char>> ByWord = TopicFields.All
        .SelectMany((field, f) => field.Cues.Select((cue, c) => (cue, f, c))).Where(e => !e.cue.FirstIsPrefix)
        .GroupBy(e => e.cue.FirstStem).ToDictionary(g => g.Key, g =>
        {
            var cues = g.Select((e, order) => (e.cue, Entry: (e.f, e.c, order))).ToList();
            static int Second((TopicField.Cue Cue, (int, int, int) Entry) e) => e.Cue.Words.Length < 2 ? -1 : Key(e.Cue.Words[1].TrimEnd('*'));
            return new WordCues([.. cues.Where(e => Second(e) < 0).Select(e => e.Entry)],
                cues.Where(e => Second(e) >= 0).GroupBy(Second).ToDictionary(s => s.Key, s => s.Select(e => e.Entry).ToArray()));
        }, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static int Key(ReadOnlySpan<char> word) => word.Length < 2 ? -1 : word[0] | word[1] << 16;

    // A cue found: its sentence, which of the field's cues, and where its words begin and end in the text.
    private readonly record struct CueFound(int Sentence, int Cue, int Start, int End);

    public static List<Hit> Hits(TextDocument text, bool[] staged, List<Hit> ruled)
    {
        var fields = TopicFields.All;
        // Every cue found, before its scope is read: scopes cost a pattern each, and most fields never gather enough
        // cues in one window even counting them all, so only a field that could is read with its scopes.
        var found = new List<CueFound>?[fields.Length];
        foreach (var sentence in text.Sentences)
        {
            if (staged[sentence.Index]) continue;
            var tokens = sentence.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var word = tokens[t].LowerSpan;
                if (ByStart.TryGetValue(Key(word), out var begun))
                    foreach (var (f, c) in begun) Try(f, c, t);
                if (ByWord.TryGetValue(word, out var whole))
                {
                    // Both kinds, merged back into their order.
                    var (alone, second) = (whole.Alone, t + 1 < tokens.Count && whole.BySecond.TryGetValue(Key(tokens[t + 1].LowerSpan), out var then) ? then : []);
                    for (int i = 0, j = 0; i < alone.Length || j < second.Length;)
                    {
                        var (f, c, _) = j >= second.Length || i < alone.Length && alone[i].Order < second[j].Order ? alone[i++] : second[j++];
                        Try(f, c, t);
                    }
                }
            }

            void Try(int f, int c, int t)
            {
                var cue = fields[f].Cues[c];
                if (!cue.At(tokens, t)) return;
                var last = tokens[t + cue.Words.Length - 1];
                (found[f] ??= []).Add(new(sentence.Index, c, tokens[t].Start, last.Start + last.Length));
            }
        }
        var hits = new List<Hit>();
        var distant = new Dictionary<int, bool>();
        for (var f = 0; f < fields.Length; f++)
        {
            if (found[f] is not { } cues) continue;
            // Only the cues inside a window with cues enough, counting them all, can be in one with cues enough once
            // their scopes are read (fewer cues never make more), so only those are read with their scopes.
            var starts = Enough(fields[f], cues).Select(w => w.Start).ToList();
            if (starts.Count == 0) continue;
            var near = cues.Where(c => Inside(c.Sentence, starts, fields[f].Span)).ToList();
            Window(text, fields[f], Unscoped(text, fields[f], near, distant), ruled, hits);
        }
        return hits;
    }

    // Whether a sentence lies in one of the windows beginning at starts (ascending).
    private static bool Inside(int sentence, List<int> starts, int span)
    {
        var i = starts.BinarySearch(sentence);
        if (i >= 0) return true;
        i = ~i - 1;
        return i >= 0 && sentence < starts[i] + span;
    }

    // The cues the field's scopes leave: not negated, supposed or asked, nor (for a field that says so) told of
    // strangers or news. Whether a sentence is distant is read once for all fields.
    private static List<CueFound> Unscoped(TextDocument text, TopicField field,
        List<CueFound> cues, Dictionary<int, bool> distant)
    {
        var kept = new List<CueFound>(cues.Count);
        foreach (var cue in cues)
        {
            var sentence = text.Sentences[cue.Sentence];
            if (ContentFinder.Cancelled(sentence, cue.Start - sentence.Start, field.Scope)) continue;
            if (field.Scope.HasFlag(Scope.Distance))
            {
                if (!distant.TryGetValue(cue.Sentence, out var far)) distant[cue.Sentence] = far = ContentFinder.IsDistant(sentence.Lower);
                if (far) continue;
            }
            kept.Add(cue);
        }
        return kept;
    }

    // The windows of Span sentences, each beginning at a cue's sentence, whose distinct cues reach the field's weight
    // with cues from both halves, in order. The window slides over the cues once, counting each cue's occurrences
    // inside it, so a 20 MB text full of one cue costs time in proportion to its length.
    private static IEnumerable<(int Start, double Weight)> Enough(TopicField field, List<CueFound> cues)
    {
        var counts = new int[field.Cues.Length];
        double weight = 0, sign = 0;
        int distinct = 0, topics = 0, hi = 0, lo = 0;
        for (var k = 0; k < cues.Count; k++)
        {
            if (k > 0 && cues[k].Sentence == cues[k - 1].Sentence) continue;
            var start = cues[k].Sentence;
            for (; hi < cues.Count && cues[hi].Sentence < start + field.Span; hi++) Count(cues[hi].Cue, +1);
            for (; lo < k; lo++) Count(cues[lo].Cue, -1);
            if (distinct >= 3 && topics > 0 && sign >= field.SignNeeded && weight >= field.Needed - 1e-9) yield return (start, weight);
        }

        void Count(int cue, int by)
        {
            var was = counts[cue];
            counts[cue] += by;
            if (was > 0 == counts[cue] > 0) return;
            var c = field.Cues[cue];
            var sign1 = by > 0 ? 1 : -1;
            weight += sign1 * c.Weight;
            distinct += sign1;
            if (c.Sign) sign += sign1 * c.Weight;
            else topics += sign1;
        }
    }

    // The best window for a field that is not framed as something else; when there is one, its sentences become the
    // label's evidence.
    private static void Window(TextDocument text, TopicField field, List<CueFound> cues, List<Hit> ruled, List<Hit> hits)
    {
        var against = Against(field, ruled);
        var framedTries = 0;
        (double Weight, int Start)? best = null;
        foreach (var (start, weight) in Enough(field, cues))
        {
            if (best is { } b && weight <= b.Weight || framedTries >= 50) continue;
            if (Framed(text, field, start, against)) { framedTries++; continue; }
            best = (weight, start);
        }
        if (best is not { } won) return;
        var within = cues.Where(c => c.Sentence >= won.Start && c.Sentence < won.Start + field.Span).ToList();
        var strongest = within.GroupBy(c => c.Sentence).MaxBy(g => g.DistinctBy(c => c.Cue).Sum(c => field.Cues[c.Cue].Weight))!.Key;
        var note = "several words of the topic together: " + string.Join(", ", within.DistinctBy(c => c.Cue).Select(c => text.Text[c.Start..c.End].ToLowerInvariant()).Distinct());
        var weightOfHit = Math.Min(Base + 0.05 * (won.Weight - field.Needed), 0.65);
        foreach (var sentence in within.Select(c => c.Sentence).Distinct())
            hits.Add(new Hit(field.Label, text.Sentences[sentence], sentence == strongest ? weightOfHit : 0, note));
    }

    // The sentences where the rules read a label that rules this field out (sorted).
    private static int[] Against(TopicField field, List<Hit> ruled)
    {
        string[] labels = field.Label switch
        {
            ContentLabels.SexualContent => [ContentLabels.RapeNonCon, ContentLabels.SelfHarm],
            ContentLabels.SelfHarm => [ContentLabels.Violence, ContentLabels.DomesticAbuse, ContentLabels.DrugUse],
            ContentLabels.Violence or ContentLabels.DomesticAbuse => [ContentLabels.SelfHarm],
            _ => [],
        };
        // A weak sign of self-harm (sleeves pulled down) is as much a sign of bruises hidden, and rules nothing out.
        return labels.Length == 0 ? [] : ruled.Where(h => h.Weight > 0 && labels.Contains(h.Label) && !(h.Label == ContentLabels.SelfHarm && h.Weight < ContentFinder.Threshold))
            .Select(h => h.Sentence.Index).Order().ToArray();
    }

    // A window told as a pretence is not the field's label; nor is sex the rules read as forced, a wound the rules
    // read as another's violence, or blows a person strikes at herself (that is self-harm).
    private static bool Framed(TextDocument text, TopicField field, int start, int[] against)
    {
        var end = Math.Min(start + field.Span, text.Sentences.Count);
        // Wounds and marks another gave are often told sentences after the blow.
        var reach = field.Label == ContentLabels.SelfHarm ? 8 : 1;
        var first = Array.BinarySearch(against, start - reach);
        if (first < 0) first = ~first;
        if (first < against.Length && against[first] < end + reach) return true;
        for (var i = Math.Max(0, start - 2); i < Math.Min(end + 2, text.Sentences.Count); i++)
        {
            var lower = text.Sentences[i].Lower;
            if (Pretence().IsMatch(lower)) return true;
            if (field.Label == ContentLabels.SexualContent && Forced().IsMatch(lower)) return true;
            if (field.Label is ContentLabels.Violence or ContentLabels.DomesticAbuse && Reflexive().IsMatch(lower)) return true;
            if (field.Label == ContentLabels.EatingDisorders && Illness().IsMatch(lower)) return true;
        }
        return false;
    }
}
