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
    private static readonly bool Debug = Environment.GetEnvironmentVariable("ENCORE_TOPIC_DEBUG") == "1";
    private static readonly double Scale = double.TryParse(Environment.GetEnvironmentVariable("ENCORE_TOPIC_SCALE"), out var sc) ? sc : 1;
    private static readonly bool Off = Environment.GetEnvironmentVariable("ENCORE_TOPIC_OFF") == "1";
    private const double Base = 0.55;

    // Put on, not lived: a disguise, a pretence, a role.
    [GeneratedRegex(@"\b(pretend\w*|feign\w*|disguis\w*|in character|play(s|ed|ing)? (the|a) (part|role)|acting (drunk|sick|ill|hurt))\b")]
    private static partial Regex Pretence();

    // What is forced is not sexual content but its own warning: the rules read it.
    [GeneratedRegex(@"\b(rape\w*|forced|assault\w*|against (her|my|his|their) will|(said|told (him|her|them)) no|(didn't|did not) want (it|to))\b")]
    private static partial Regex Forced();

    [GeneratedRegex(@"\b(hits?|hitting|punch\w*|hurt\w*|bang\w*|slap\w*|scratch\w*) (herself|himself|myself|themselves|yourself)\b|\bagainst (her|his|my|their|your) own\b")]
    private static partial Regex Reflexive();

    private static readonly Dictionary<int, (int Field, int Cue)[]> Index = TopicFields.All
        .SelectMany((field, f) => field.Cues.Select((cue, c) => (Key: Key(cue.FirstStem), f, c)))
        .GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => (e.f, e.c)).ToArray());

    private static int Key(ReadOnlySpan<char> word) => word.Length < 2 ? -1 : word[0] | word[1] << 16;

    public static List<Hit> Hits(TextDocument text, bool[] staged, List<Hit> ruled)
    {
        var fields = TopicFields.All;
        if (Off) return [];
        var found = new List<(int Sentence, int Cue)>?[fields.Length];
        foreach (var sentence in text.Sentences)
        {
            if (staged[sentence.Index]) continue;
            bool? distant = null;
            var tokens = sentence.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (!Index.TryGetValue(Key(tokens[t].LowerSpan), out var entries)) continue;
                foreach (var (f, c) in entries)
                {
                    var field = fields[f];
                    if (!field.Cues[c].At(tokens, t) || ContentFinder.Cancelled(sentence, tokens[t].Start - sentence.Start, field.Scope)) continue;
                    if (field.Scope.HasFlag(Scope.Distance) && (distant ??= ContentFinder.IsDistant(sentence.Lower))) continue;
                    (found[f] ??= []).Add((sentence.Index, c));
                }
            }
        }
        var hits = new List<Hit>();
        for (var f = 0; f < fields.Length; f++)
            if (found[f] is { } cues) Window(text, fields[f], cues, ruled, hits);
        return hits;
    }

    // The best window of Span sentences for a field; when it is enough, its sentences become the label's evidence.
    private static void Window(TextDocument text, TopicField field, List<(int Sentence, int Cue)> cues, List<Hit> ruled, List<Hit> hits)
    {
        (double Weight, int Start, int[] Cues)? best = null;
        if (Debug)
        {
            var dbg = cues.Select(c => c.Sentence).Distinct().Select(st => cues.Where(c => c.Sentence >= st && c.Sentence < st + field.Span).Select(c => c.Cue).Distinct().ToArray())
                .MaxBy(ins => ins.Sum(c => field.Cues[c].Weight))!;
            Console.Error.WriteLine($"TOPIC {text.Text[..Math.Min(30, text.Text.Length)].Replace('\n', ' ')} | {field.Label} {dbg.Sum(c => field.Cues[c].Weight):0.0}/{field.Needed * Scale} : {string.Join(", ", dbg.Select(c => (field.Cues[c].Sign ? "+" : "") + field.Cues[c].Text + (field.Cues[c].Weight < 1 ? "~" : "")))}");
        }
        foreach (var start in cues.Select(c => c.Sentence).Distinct())
        {
            var inside = cues.Where(c => c.Sentence >= start && c.Sentence < start + field.Span).Select(c => c.Cue).Distinct().ToArray();
            if (inside.Length < 3 || !inside.Any(c => field.Cues[c].Sign) || inside.All(c => field.Cues[c].Sign)) continue;
            var weight = inside.Sum(c => field.Cues[c].Weight);
            if (weight >= field.Needed * Scale && (best is not { } b || weight > b.Weight) && !Framed(text, field, start, ruled))
                best = (weight, start, inside);
        }
        if (best is not { } won) return;
        var within = cues.Where(c => c.Sentence >= won.Start && c.Sentence < won.Start + field.Span).ToList();
        var strongest = within.GroupBy(c => c.Sentence).MaxBy(g => g.Sum(c => field.Cues[c.Cue].Weight))!.Key;
        var note = "several words of the topic together: " + string.Join(", ", won.Cues.Select(c => field.Cues[c].Text));
        var weightOfHit = Math.Min(Base + 0.05 * (won.Weight - field.Needed * Scale), 0.65);
        foreach (var sentence in within.Select(c => c.Sentence).Distinct())
            hits.Add(new Hit(field.Label, text.Sentences[sentence], sentence == strongest ? weightOfHit : 0, note));
    }

    // A window told as a pretence is not the field's label; nor is sex the rules read as forced, a wound the rules
    // read as another's violence, or blows a person strikes at herself (that is self-harm).
    private static bool Framed(TextDocument text, TopicField field, int start, List<Hit> ruled)
    {
        var end = Math.Min(start + field.Span, text.Sentences.Count);
        var against = field.Label switch
        {
            ContentLabels.SexualContent => ContentLabels.RapeNonCon,
            ContentLabels.SelfHarm => ContentLabels.Violence,
            ContentLabels.Violence or ContentLabels.DomesticAbuse => ContentLabels.SelfHarm,
            _ => null,
        };
        if (against != null && ruled.Any(h => h.Label == against && h.Weight > 0 && h.Sentence.Index >= start - 1 && h.Sentence.Index <= end)) return true;
        for (var i = start; i < end; i++)
        {
            var lower = text.Sentences[i].Lower;
            if (Pretence().IsMatch(lower)) return true;
            if (field.Label == ContentLabels.SexualContent && Forced().IsMatch(lower)) return true;
            if (field.Label is ContentLabels.Violence or ContentLabels.DomesticAbuse && Reflexive().IsMatch(lower)) return true;
        }
        return false;
    }
}
