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
    // whole first word, so a common word ("the", "in") is checked only against the cues that begin with it.
    private static readonly Dictionary<int, (int Field, int Cue)[]> ByStart = TopicFields.All
        .SelectMany((field, f) => field.Cues.Select((cue, c) => (cue, f, c))).Where(e => e.cue.FirstIsPrefix)
        .GroupBy(e => Key(e.cue.FirstStem)).ToDictionary(g => g.Key, g => g.Select(e => (e.f, e.c)).ToArray());

    private static readonly Dictionary<string, (int Field, int Cue)[]>.AlternateLookup<ReadOnlySpan<char>> ByWord = TopicFields.All
        .SelectMany((field, f) => field.Cues.Select((cue, c) => (cue, f, c))).Where(e => !e.cue.FirstIsPrefix)
        .GroupBy(e => e.cue.FirstStem).ToDictionary(g => g.Key, g => g.Select(e => (e.f, e.c)).ToArray(), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static int Key(ReadOnlySpan<char> word) => word.Length < 2 ? -1 : word[0] | word[1] << 16;

    public static List<Hit> Hits(TextDocument text, bool[] staged, List<Hit> ruled)
    {
        var fields = TopicFields.All;
        var found = new List<(int Sentence, int Cue, int Start, int End)>?[fields.Length];
        foreach (var sentence in text.Sentences)
        {
            if (staged[sentence.Index]) continue;
            bool? distant = null;
            var tokens = sentence.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var word = tokens[t].LowerSpan;
                if (ByStart.TryGetValue(Key(word), out var begun)) Read(begun, t);
                if (ByWord.TryGetValue(word, out var whole)) Read(whole, t);
            }

            void Read((int Field, int Cue)[] entries, int t)
            {
                foreach (var (f, c) in entries)
                {
                    var field = fields[f];
                    if (!field.Cues[c].At(tokens, t) || ContentFinder.Cancelled(sentence, tokens[t].Start - sentence.Start, field.Scope)) continue;
                    if (field.Scope.HasFlag(Scope.Distance) && (distant ??= ContentFinder.IsDistant(sentence.Lower))) continue;
                    (found[f] ??= []).Add((sentence.Index, c, tokens[t].Start, tokens[t + field.Cues[c].Words.Length - 1].Start + tokens[t + field.Cues[c].Words.Length - 1].Length));
                }
            }
        }
        var hits = new List<Hit>();
        for (var f = 0; f < fields.Length; f++)
            if (found[f] is { } cues) Window(text, fields[f], cues, ruled, hits);
        return hits;
    }

    // The best window of Span sentences for a field; when it is enough, its sentences become the label's evidence.
    // The window slides over the cues once, counting each cue's occurrences inside it, so a 20 MB text full of one
    // cue costs time in proportion to its length.
    private static void Window(TextDocument text, TopicField field, List<(int Sentence, int Cue, int Start, int End)> cues, List<Hit> ruled, List<Hit> hits)
    {
        var against = Against(field, ruled);
        var counts = new int[field.Cues.Length];
        double weight = 0, sign = 0;
        int distinct = 0, topics = 0, hi = 0, lo = 0, framedTries = 0;
        (double Weight, int Start)? best = null;
        for (var k = 0; k < cues.Count; k++)
        {
            if (k > 0 && cues[k].Sentence == cues[k - 1].Sentence) continue;
            var start = cues[k].Sentence;
            for (; hi < cues.Count && cues[hi].Sentence < start + field.Span; hi++) Count(cues[hi].Cue, +1);
            for (; lo < k; lo++) Count(cues[lo].Cue, -1);
            if (distinct < 3 || topics == 0 || sign < field.SignNeeded || weight < field.Needed - 1e-9) continue;
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
