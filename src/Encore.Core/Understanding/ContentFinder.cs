using System.Buffers;
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

    public sealed record Hit(string Label, Sentence Sentence, double Weight, string? Note = null);

    // A rehearsal or performance around the sentence: what happens there happens to a role ("She's overdosing,
    // Derek. It's supposed to be quiet." on the bed at centre stage).
    [GeneratedRegex(@"\b(centre stage|center stage|downstage|upstage|the audience (sees|watches|will)|the prop|a prop|props? (telephone|gun|knife|bottle|pills?|phone)|in character|from the top|take it again|again, from|the blocking|the director|places,? (everyone|please)|the stage manager called|stage blood|fake blood|blood packs?|fight director|on cue|curtain call)\b")]
    private static partial Regex Performance();

    // Words one of which any match of Performance contains: most sentences are passed over with one quick search.
    private static readonly SearchValues<string> PerformanceWords = RequiredText.Searched(Performance())!;

    [GeneratedRegex(@"\b(pills?|tablets?|painkillers?|capsules?|strips? of|the (whole|next) strip|sertraline|fluoxetine|citalopram|mirtazapine|amitriptyline|tramadol|lithium|prozac|zoloft|co-codamol|paracetamol|codeine|aspirin|ibuprofen|sleeping pills|antidepressants|insulin|meds|medication|tylenol|acetaminophen|ambien|zolpidem|valium|xanax|diazepam|temazepam|morphine|oxy\w*|laudanum|veronal|chloral)\b")]
    private static partial Regex Medicine();

    // Set by the bench's profile: each rule's runs, matches and time.
    internal static RuleStats? Stats;

    // A broadcast or a recording heard: what the next few sentences tell happened to strangers, as told there.
    [GeneratedRegex(@"\b(podcast|on the radio|radio\b[^.]{0,60}\b(news|bulletin|report)|the radio said|newsreader|news bulletin|the bulletin|the broadcast|true[- ]crime|obituar(y|ies))\b")]
    private static partial Regex Broadcast();

    private static readonly SearchValues<string> BroadcastWords = RequiredText.Searched(Broadcast())!;

    // The sentences within two of a rehearsal or performance (or within 250 characters of it, for short lines of
    // dialogue: "Better." "Now hold it."), and the three after a broadcast heard.
    public static bool[] Staged(TextDocument text)
    {
        var sentences = text.Sentences;
        var staged = new bool[sentences.Count];
        for (var i = 0; i < staged.Length; i++)
        {
            var lower = sentences[i].Lower;
            if (lower.AsSpan().ContainsAny(PerformanceWords) && Performance().IsMatch(lower))
                for (var k = Math.Max(0, i - 6); k <= Math.Min(staged.Length - 1, i + 6); k++)
                    staged[k] |= Math.Abs(k - i) <= 2 || Math.Max(sentences[k].Start - sentences[i].End, sentences[i].Start - sentences[k].End) <= 250;
            if (lower.AsSpan().ContainsAny(BroadcastWords) && Broadcast().IsMatch(lower))
                for (var k = i; k <= Math.Min(staged.Length - 1, i + 3); k++) staged[k] = true;
        }
        return staged;
    }

    public static List<Hit> Hits(TextDocument text, bool[] staged)
    {
        var table = RuleTable.Content;
        var hits = new List<Hit>();
        var sentences = text.Sentences;
        var reading = new SentenceReading(table, text);
        foreach (var sentence in sentences)
        {
            reading.Read(sentence);
            foreach (var label in reading.Labels)
                foreach (var rule in table.RulesOfLabel[label])
                {
                    if (rule.Distance && staged[sentence.Index] || !reading.Worth(rule, out var subject)) continue;
                    Stats?.Sample(rule.Index, subject, rule.Rule.Pattern);
                    var started = Stats?.Start() ?? 0;
                    var held = Holds(rule, reading, subject);
                    Stats?.Stop(rule.Index, started, held);
                    if (!held) continue;
                    // The strongest rule that holds gives the label's weight for the sentence.
                    hits.Add(new Hit(table.Labels[label], sentence, rule.Weight));
                    break;
                }
        }
        return hits;
    }

    private static bool Holds(RuleTable.Entry rule, SentenceReading reading, string subject)
    {
        try
        {
            return Matches(rule, reading, subject);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological sentence costs one missed sign, never the analysis.
            return false;
        }
    }

    private static bool Matches(RuleTable.Entry entry, SentenceReading reading, string lower)
    {
        var rule = entry.Rule;
        // Whether the subject holds one of the rule's idioms: asked once, and only of a subject with a text the idioms need.
        bool? idiom = null;
        foreach (var match in rule.Pattern.EnumerateMatches(lower))
        {
            if (rule.Unless != null && (idiom ??= MayMatch(lower, entry.Required.Idioms) && (Stats is { } stats ? stats.Unless(rule, lower) : rule.Unless.IsMatch(lower))))
                return false;
            var before = lower.AsSpan(0, match.Index);
            if (rule.Scope.HasFlag(Scope.Negation) && Negated(before)) continue;
            if (rule.Scope.HasFlag(Scope.Hypothetical) && Supposed(reading.Sentence, before)) continue;
            if (rule.Scope.HasFlag(Scope.Distance) && reading.Distant(lower, IsDistant)) continue;
            return true;
        }
        return false;
    }

    // Combines hits into suggestions, deriving the three warnings that need more than one sign.
    public static List<Suggestion> Suggest(TextDocument text, List<Hit> hits, DeathFindings deaths)
    {
        var byLabel = hits.GroupBy(h => h.Label).ToDictionary(g => g.Key, g => g.ToList());
        var scores = byLabel.ToDictionary(kv => kv.Key, kv => Score(kv.Value));
        var suggestions = new List<Suggestion>();

        // A label is suggested once: when two readings find it (a rule's and the learned layer's), the surer one stays.
        void Add(string label, double score, IEnumerable<Hit> evidence, string? note = null)
        {
            var suggestion = new Suggestion(TypeOf(label), label, Math.Round(Math.Min(score, 0.99), 2),
                evidence.OrderByDescending(h => h.Weight).ThenBy(h => h.Sentence.Index).DistinctBy(h => h.Sentence.Index).Take(3)
                    .OrderBy(h => h.Sentence.Index).Select(h => Evidence.Of(h.Sentence)).ToList(), note);
            var known = suggestions.FindIndex(s => s.Tag == label);
            if (known < 0) suggestions.Add(suggestion);
            else if (suggestion.Confidence > suggestions[known].Confidence) suggestions[known] = suggestion;
        }

        foreach (var (label, score) in scores)
            if (label is not (ContentRules.Gore or ContentRules.Minor or ContentRules.Disclosure or ContentRules.Liaison or AftermathRules.WokeInHospital or WarningRules.Intent) && score >= Threshold)
                Add(label, score, byLabel[label], TopicNote(byLabel[label]));

        // Waking in hospital, with the wish to die told in the same story, is the aftermath of an attempt.
        if (scores.GetValueOrDefault(AftermathRules.WokeInHospital) >= Threshold && scores.GetValueOrDefault(SuicidalThoughts) >= Threshold
            && scores.GetValueOrDefault(SuicideAttempt) < Threshold)
        {
            Add(SuicideAttempt, 0.6, byLabel[AftermathRules.WokeInHospital].Concat(byLabel[SuicidalThoughts]), "waking in hospital, and the wish to die");
            scores[SuicideAttempt] = 0.6;
        }

        // An overdose, or a whole bottle swallowed, with the intent told a few sentences away ("she meant it", a note
        // propped against the lamp): an attempt.
        if (byLabel.TryGetValue(WarningRules.Intent, out var intents) && scores.GetValueOrDefault(SuicideAttempt) < Threshold)
        {
            var overdosed = scores.GetValueOrDefault(DrugOverdose) >= Threshold;
            var acts = hits.Where(h => h.Label == SuicideAttempt || overdosed && h.Label == DrugOverdose)
                .Where(a => intents.Any(i => Math.Abs(i.Sentence.Index - a.Sentence.Index) <= 4)).ToList();
            if (acts.Count > 0)
            {
                Add(SuicideAttempt, 0.65, acts.Concat(intents), "an overdose or a whole bottle swallowed, and the intent told beside it");
                scores[SuicideAttempt] = 0.65;
                byLabel[SuicideAttempt] = acts;
            }
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
            // Signs of an overdose told near the attempt (a bottle on the floor, "how many were missing") say so too.
            var swallowed = attempts.Where(h => Medicine().IsMatch(h.Sentence.Lower))
                .Concat(hits.Where(o => o.Label == DrugOverdose && o.Weight > 0 && attempts.Any(a => Math.Abs(a.Sentence.Index - o.Sentence.Index) <= 4))).ToList();
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
            var scenes = new Dictionary<int, bool>();
            var near = minors.Where(m => sexual.Any(s => Close(s, m, sexual, scenes))).ToList();
            if (near.Count > 0)
            {
                var with = sexual.Where(s => near.Any(m => Close(s, m, sexual, scenes))).ToList();
                Add(UnderageSex, 0.8, near.Concat(with),
                    "sexual content, rape or abuse told close to a character's age under eighteen");
                // Abuse of a minor (grooming, "when it started", a victim impact statement) is also rape.
                var abuse = with.Where(h => h.Label == ContentRules.Disclosure).ToList();
                if (abuse.Count > 0 && scores.GetValueOrDefault(RapeNonCon) < Threshold)
                    Add(RapeNonCon, 0.7, abuse, "abuse of a character under eighteen");
            }
        }
        // What one label means, the other does too, where nothing above says so: the learned layer can find Graphic
        // Depictions Of Violence or Major Character Death without the rules' gore or who-dies reading that adds the
        // second. (Suicide Attempt -> Suicidal Thoughts and Drug Overdose -> Drug Use are read above, from the scores,
        // whichever layer found the first, so here they find the second already there.)
        foreach (var (label, implied) in ContentLabels.Implications)
            if (suggestions.Find(x => x.Tag == label) is { } found && !suggestions.Exists(x => x.Tag == implied))
                suggestions.Add(new Suggestion(TypeOf(implied), implied, Math.Round(found.Confidence * 0.9, 2), found.Evidence, label.ToLowerInvariant()));
        return suggestions;
    }

    // A minor's age and sex belong together when told close (Near), or in the same scene when the sex
    // there is plain (its signs reach the threshold), unless the story moves on in time between ("twenty years later").
    private static bool Close(Hit sex, Hit minor, List<Hit> sexual, Dictionary<int, bool> scenes)
    {
        var (a, b) = (sex.Sentence, minor.Sentence);
        // The distance first: a long work has thousands of each, and only pairs in one scene are read further.
        if (!SameScene(a, b) || Moved(a, b)) return false;
        if (Near(a, b)) return true;
        if (!scenes.TryGetValue(b.Index, out var plain))
            scenes[b.Index] = plain = Score(sexual.Where(h => SameScene(h.Sentence, b)).ToList()) >= Threshold;
        return plain;
    }

    // A scene: ten sentences, or a thousand characters of short lines of dialogue.
    private static bool SameScene(Sentence a, Sentence b) =>
        Math.Abs(a.Index - b.Index) <= 10 || Math.Max(b.Start - a.End, a.Start - b.End) <= 1000;

    private static bool Moved(Sentence a, Sentence b)
    {
        var all = a.Document.Sentences;
        for (var i = Math.Min(a.Index, b.Index) + 1; i <= Math.Max(a.Index, b.Index); i++)
            if (TimeMoved().IsMatch(all[i].Lower)) return true;
        return false;
    }

    [GeneratedRegex(@"\b((\w+|a few|many|some) (years|decades) (later|on|after)|grown[- ]up|as an adult|now (she|he|i|they)('s| is| am|'m| are|'re) (twenty|thirty|forty|fifty|sixty|grown)|in (her|his|my|their) (twenties|thirties|forties|fifties))\b")]
    private static partial Regex TimeMoved();

    // Close: within two sentences, or within a few lines when the sentences between are short ("God, no.").
    private static bool Near(Sentence a, Sentence b) =>
        Math.Abs(a.Index - b.Index) <= 2 || Math.Abs(a.Index - b.Index) <= 4 && Math.Max(b.Start - a.End, a.Start - b.End) <= 120;

    // A label found only by its semantic field says so, and names the words (TopicFinder).
    private static string? TopicNote(List<Hit> hits) =>
        hits.Any(h => h.Note == null && h.Weight > 0) ? null : hits.FirstOrDefault(h => h.Note != null)?.Note;

    private static double Score(List<Hit> hits)
    {
        var remaining = 1.0;
        foreach (var h in hits) remaining *= 1 - h.Weight;
        return 1 - remaining;
    }
}
