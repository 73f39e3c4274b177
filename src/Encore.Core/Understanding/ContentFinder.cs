using System.Text.RegularExpressions;
using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// Finds warnings and content labels sentence by sentence. A rule's match counts unless its scope says the event
// does not happen to someone in the story: negated in the same clause, only imagined or feared, or happening to
// strangers, in the news, or in a play within the story. A label's score combines its sentences
// (1 - Π(1 - weight)); at 0.5 or more it is suggested, with the strongest sentences as evidence.
internal static partial class ContentFinder
{
    public const double Threshold = 0.5;

    [GeneratedRegex(@"\b(not|n't|never|no|without|nobody|none|nothing|neither|nor|almost|nearly|barely|refused to|instead of|stopped (herself|himself|myself|themselves) from|resisted|no longer|hadn't|hasn't|wasn't|weren't|didn't|don't|doesn't|won't|wouldn't|couldn't|can't|cannot)\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(if|what if|imagine|imagined|imagining|could have|would have|might have|might|afraid|worried|worry|worries|worrying|fear|feared|fears|scared|terrified|in case|pretend|pretended|pretending|as if|as though|wonder(ed)? (if|whether)|nightmares?|dream(ed|t|s)? (about|of|that)|what would happen|risk of|chance of|should|shouldn't|ought to|threatened to|(told|warned) (her|him|them|me) (not )?to|supposed to|going to|gonna|about to|planned to|plans to|tempted|will be|'ll be|would be|wanting to|shall)\b")]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"^\W*(if|what if|imagine|suppose|supposing|in case)\b")]
    private static partial Regex Supposing();

    [GeneratedRegex(@"\b(a case|cases of|a patient|patients|the news|news (report|story|item)|on the news|newspapers?|headlines?|an article|articles?|documentar(y|ies)|statistics?|a story about|a film about|a movie about|a book about|a song about|a play about|podcast|(the|his|her|their) (play|script|screenplay|novel|film|movie|libretto|character|role|lyrics?)|in the (show|play|musical|script|film|movie|novel|book|second act|first act|last act|finale|scene)|on ?stage|the scene where|death scene|rumou?rs?|gossip|a friend of a friend|someone (she|he|they) knew|a (girl|boy|woman|man|kid) (she|he|they|i) (knew|went to school with)|strangers?|a stranger's|somebody's cousin|(grandmother|grandfather|grandma|grandpa|great[- ]aunt|great[- ]uncle),? who (had )?(died|passed)|(for|to|with|at) (a|an|some) (girl|boy|woman|man|kid|stranger|student|patient|neighbou?r) (from|in|at|who)|credits|on (the )?(screen|tv|television)|newsreader|newscaster|on the radio|the radio said|obituar(y|ies)|the episode|the (film|movie)'s)\b")]
    private static partial Regex Distance();

    private static readonly (string Stem, string Label)[] StemList =
        ContentRules.Stems.SelectMany(kv => kv.Value.Select(stem => (stem, kv.Key))).ToArray();

    private static readonly Dictionary<string, string[]> LabelsByStem =
        StemList.GroupBy(p => p.Stem).ToDictionary(g => g.Key, g => g.Select(p => p.Label).Distinct().ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> StemLookup = LabelsByStem.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestStem = StemList.Max(p => p.Stem.Length);

    private static readonly Dictionary<string, ContentRule[]> RulesByLabel =
        ContentRules.All.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.ToArray());

    // Each stem has a number; a rule is read only when the sentence has one of the stems written in its own pattern
    // (a rule over several sentences, or one naming none of its label's stems, is read whenever its label is).
    private static readonly Dictionary<string, int> StemIds =
        StemList.Select(p => p.Stem).Append("a&e").Distinct().Select((stem, i) => (stem, i)).ToDictionary(p => p.stem, p => p.i, StringComparer.Ordinal);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StemIdLookup = StemIds.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<ContentRule, int[]?> RuleStems = ContentRules.All.ToDictionary<ContentRule, ContentRule, int[]?>(rule => rule, rule =>
    {
        if (rule.Window > 1) return null;
        var pattern = rule.Pattern.ToString();
        var own = StemList.Where(p => p.Label == rule.Label && pattern.Contains(p.Stem, StringComparison.Ordinal)).Select(p => StemIds[p.Stem])
            .Concat(rule.Label == Hospitalization && pattern.Contains("a&e", StringComparison.Ordinal) ? [StemIds["a&e"]] : [])
            .Distinct().ToArray();
        return own.Length == 0 ? null : own;
    });

    public sealed record Hit(string Label, Sentence Sentence, double Weight);

    // A rehearsal or performance around the sentence: what happens there happens to a role ("She's overdosing,
    // Derek. It's supposed to be quiet." on the bed at centre stage).
    [GeneratedRegex(@"\b(centre stage|center stage|downstage|upstage|the audience (sees|watches|will)|the prop|a prop|props? (telephone|gun|knife|bottle|pills?|phone)|in character|from the top|take it again|again,? from|the blocking|the director|places,? (everyone|please)|the stage manager called)\b")]
    private static partial Regex Performance();

    [GeneratedRegex(@"\b(pills|tablets|painkillers|co-codamol|paracetamol|codeine|aspirin|ibuprofen|sleeping pills|antidepressants|insulin|meds|medication|tylenol|acetaminophen|ambien|zolpidem|valium|xanax|diazepam|temazepam|morphine|oxy\w*|laudanum|veronal|chloral)\b")]
    private static partial Regex Medicine();

    public static List<Hit> Hits(TextDocument text)
    {
        var hits = new List<Hit>();
        var staged = new bool[text.Sentences.Count];
        for (var i = 0; i < staged.Length; i++)
            if (Performance().IsMatch(text.Sentences[i].Lower))
                for (var k = Math.Max(0, i - 2); k <= Math.Min(staged.Length - 1, i + 2); k++) staged[k] = true;
        var labels = new HashSet<string>();
        var present = new bool[StemIds.Count];
        var seen = new List<int>();
        foreach (var sentence in text.Sentences)
        {
            labels.Clear();
            foreach (var id in seen) present[id] = false;
            seen.Clear();
            // "A&E" is cut into one-letter tokens, too short to be stems.
            if (sentence.Lower.Contains("a&e", StringComparison.Ordinal))
            {
                labels.Add(Hospitalization);
                present[StemIds["a&e"]] = true;
                seen.Add(StemIds["a&e"]);
            }
            foreach (var token in sentence.Tokens)
            {
                var lower = token.Lower.AsSpan();
                for (var length = Math.Min(lower.Length, LongestStem); length >= 2; length--)
                    if (StemLookup.TryGetValue(lower[..length], out var found))
                    {
                        labels.UnionWith(found);
                        var id = StemIdLookup[lower[..length]];
                        if (!present[id]) { present[id] = true; seen.Add(id); }
                    }
            }
            foreach (var label in labels)
            {
                var best = 0.0;
                foreach (var rule in RulesByLabel[label])
                {
                    if (rule.Weight <= best) continue;
                    if (RuleStems[rule] is { } own && !Array.Exists(own, id => present[id])) continue;
                    var lower = rule.Window > 1
                        ? string.Join(' ', text.Sentences.Skip(sentence.Index).Take(rule.Window).Select(s => s.Lower))
                        : sentence.Lower;
                    if (rule.Scope.HasFlag(Scope.Distance) && staged[sentence.Index]) continue;
                    if (Holds(rule, sentence, lower)) best = rule.Weight;
                }
                if (best > 0) hits.Add(new Hit(label, sentence, best));
            }
        }
        return hits;
    }

    private static bool Holds(ContentRule rule, Sentence sentence, string lower)
    {
        try
        {
            return Matches(rule, sentence, lower);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological sentence costs one missed sign, never the analysis.
            return false;
        }
    }

    private static bool Matches(ContentRule rule, Sentence sentence, string lower)
    {
        foreach (Match match in rule.Pattern.Matches(lower))
        {
            if (rule.Unless != null && rule.Unless.IsMatch(lower)) return false;
            var before = lower[..match.Index];
            if (rule.Scope.HasFlag(Scope.Negation) && Negated(before)) continue;
            if (rule.Scope.HasFlag(Scope.Hypothetical) && (Hypothetical().IsMatch(Clause(before)) || Supposing().IsMatch(before) || IsQuestion(sentence))) continue;
            if (rule.Scope.HasFlag(Scope.Distance) && Distance().IsMatch(lower)) continue;
            return true;
        }
        return false;
    }

    // For signs read outside the rules: whether a sign at this index of the sentence is negated, only supposed, or asked.
    public static bool Cancelled(Sentence sentence, int index)
    {
        var before = sentence.Lower[..index];
        return Negated(before) || Hypothetical().IsMatch(Clause(before)) || Supposing().IsMatch(before) || IsQuestion(sentence);
    }

    // Negation binds close; "nothing of" is a noun or a not-knowing ("the grey flat nothing of the depression", "she
    // knew nothing of the overdose"), which denies nothing.
    private static bool Negated(string before)
    {
        var last = LastWords(Clause(before), 3);
        return Negation().IsMatch(last) && !last.EndsWith("nothing of the", StringComparison.Ordinal) && !last.EndsWith("nothing of", StringComparison.Ordinal)
            && !last.EndsWith("nothing of his", StringComparison.Ordinal) && !last.EndsWith("nothing of her", StringComparison.Ordinal);
    }

    // A question asks; it does not say that anything happened.
    private static bool IsQuestion(Sentence s) => s.Text.TrimEnd('"', '”', '’', '\'', ' ', ')').EndsWith('?');

    // Negation binds close: "she didn't take the pills", but not "the thing nobody tells you about bulimia".
    private static string LastWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(count));

    // The clause a match sits in: back to the last comma, semicolon, dash or "but" before it.
    private static string Clause(string before)
    {
        var cut = Math.Max(before.LastIndexOfAny([',', ';', ':', '—', '–']), before.LastIndexOf(" but ", StringComparison.Ordinal));
        return cut >= 0 ? before[(cut + 1)..] : before;
    }

    // Combines hits into suggestions, deriving the three warnings that need more than one sign.
    public static List<Suggestion> Suggest(TextDocument text, List<Hit> hits, DeathFindings deaths)
    {
        var byLabel = hits.GroupBy(h => h.Label).ToDictionary(g => g.Key, g => g.ToList());
        var scores = byLabel.ToDictionary(kv => kv.Key, kv => Score(kv.Value));
        var suggestions = new List<Suggestion>();

        void Add(string label, double score, IEnumerable<Hit> evidence, string? note = null) =>
            suggestions.Add(new Suggestion(TypeOf(label), label, Math.Round(Math.Min(score, 0.99), 2),
                evidence.OrderByDescending(h => h.Weight).ThenBy(h => h.Sentence.Index).DistinctBy(h => h.Sentence.Index).Take(3)
                    .OrderBy(h => h.Sentence.Index).Select(h => Evidence.Of(h.Sentence)).ToList(), note));

        foreach (var (label, score) in scores)
            if (label is not (ContentRules.Gore or ContentRules.Minor or ContentRules.Disclosure or ContentRules.Liaison or AftermathRules.WokeInHospital) && score >= Threshold) Add(label, score, byLabel[label]);

        // Waking in hospital, with the wish to die told in the same story, is the aftermath of an attempt.
        if (scores.GetValueOrDefault(AftermathRules.WokeInHospital) >= Threshold && scores.GetValueOrDefault(SuicidalThoughts) >= Threshold
            && scores.GetValueOrDefault(SuicideAttempt) < Threshold)
        {
            Add(SuicideAttempt, 0.6, byLabel[AftermathRules.WokeInHospital].Concat(byLabel[SuicidalThoughts]), "waking in hospital, and the wish to die");
            scores[SuicideAttempt] = 0.6;
        }

        // Graphic Depictions Of Violence: violence, and gore described around it.
        if (scores.GetValueOrDefault(ContentRules.Gore) >= Threshold && scores.GetValueOrDefault(Violence) >= 0.3)
        {
            var score = Math.Min(scores[ContentRules.Gore], 0.95);
            Add(GraphicViolence, score, byLabel[ContentRules.Gore]);
            if (scores.GetValueOrDefault(Violence) < Threshold) Add(Violence, Math.Max(scores[Violence], Threshold), byLabel[Violence]);
        }

        // Domestic Abuse: a sign of control or fear at home, with violence in the same story.
        if (scores.GetValueOrDefault(DomesticAbuse) is >= 0.3 and < Threshold && scores.GetValueOrDefault(Violence) >= Threshold)
            Add(DomesticAbuse, Threshold, byLabel[DomesticAbuse].Concat(byLabel[Violence]), "a sign of control or fear at home, and violence");

        // A suicide attempt means the wish to die was there.
        if (scores.GetValueOrDefault(SuicideAttempt) >= Threshold && scores.GetValueOrDefault(SuicidalThoughts) < Threshold && byLabel.ContainsKey(SuicideAttempt))
            Add(SuicidalThoughts, scores[SuicideAttempt] * 0.9, byLabel[SuicideAttempt], "a suicide attempt");

        // A suicide attempt by swallowing medicine is an overdose too.
        if (scores.GetValueOrDefault(SuicideAttempt) >= Threshold && scores.GetValueOrDefault(DrugOverdose) < Threshold && byLabel.TryGetValue(SuicideAttempt, out var attempts))
        {
            var swallowed = attempts.Where(h => Medicine().IsMatch(h.Sentence.Lower)).ToList();
            if (swallowed.Count > 0)
            {
                Add(DrugOverdose, 0.7, swallowed, "a suicide attempt with medicine");
                scores[DrugOverdose] = 0.7;
                byLabel[DrugOverdose] = swallowed;
            }
        }

        // An overdose is drug use, whatever else it is.
        if (scores.GetValueOrDefault(DrugOverdose) >= Threshold && scores.GetValueOrDefault(DrugUse) < Threshold)
            Add(DrugUse, scores[DrugOverdose] * 0.9, byLabel[DrugOverdose], "an overdose");

        // Major Character Death: a death that falls on one of the story's characters (WhoDies).
        if (scores.GetValueOrDefault(CharacterDeath) >= Threshold && deaths.Major.Count > 0)
            Add(MajorCharacterDeath, Math.Min(scores[CharacterDeath] * 0.9, deaths.Major.Max(h => h.Weight) + 0.2), deaths.Major, deaths.MajorNote);

        // Underage Sex: sexual content or rape within a sentence of a character's age under eighteen.
        if (byLabel.TryGetValue(ContentRules.Minor, out var minors))
        {
            var sexual = hits.Where(h => h.Label is SexualContent or RapeNonCon or ContentRules.Disclosure or ContentRules.Liaison).ToList();
            var near = minors.Where(m => sexual.Any(s => Near(s.Sentence, m.Sentence))).ToList();
            if (near.Count > 0)
            {
                var with = sexual.Where(s => near.Any(m => Near(s.Sentence, m.Sentence))).ToList();
                Add(UnderageSex, 0.8, near.Concat(with),
                    "sexual content, rape or abuse told close to a character's age under eighteen");
                // Abuse of a minor (grooming, "when it started", a victim impact statement) is also rape.
                var abuse = with.Where(h => h.Label == ContentRules.Disclosure).ToList();
                if (abuse.Count > 0 && scores.GetValueOrDefault(RapeNonCon) < Threshold)
                    Add(RapeNonCon, 0.7, abuse, "abuse of a character under eighteen");
            }
        }
        return suggestions;
    }

    // Close: within two sentences, or within a few lines when the sentences between are short ("God, no.").
    private static bool Near(Sentence a, Sentence b) =>
        Math.Abs(a.Index - b.Index) <= 2 || Math.Abs(a.Index - b.Index) <= 4 && Math.Max(b.Start - a.End, a.Start - b.End) <= 120;

    private static double Score(List<Hit> hits)
    {
        var remaining = 1.0;
        foreach (var h in hits) remaining *= 1 - h.Weight;
        return 1 - remaining;
    }
}
