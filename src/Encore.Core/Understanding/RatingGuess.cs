using System.Text.RegularExpressions;
using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// AO3's ratings from what the text contains: explicit sex → Explicit; sex, rape or graphic violence → Mature;
// strong language or dark themes → Teen And Up Audiences; otherwise General Audiences.
internal static partial class RatingGuess
{
    [GeneratedRegex(@"\b(fuck\w*|motherfuck\w*|cunt)\b")]
    private static partial Regex StrongLanguage();

    [GeneratedRegex(@"\b(shit\w*|bitch\w*|bastard|asshole|arsehole|goddamn\w*|dickhead|bullshit|piss(ed)? off)\b")]
    private static partial Regex MildLanguage();

    [GeneratedRegex(@"\b(cock|clit|cunt|pussy|fucked (him|her|me)|fucking (him|her|me)|orgasm\w*|came inside|blow ?job|went down on|erection|nipples?|thrust(ed|ing|s)? (into|inside))\b")]
    private static partial Regex ExplicitSex();

    private static readonly string[] TeenThemes =
    [
        Violence, CharacterDeath, DrugUse, DrugOverdose, AlcoholAbuse, SuicideAttempt, SuicidalThoughts, SelfHarm,
        Depression, DomesticAbuse, EatingDisorders, MajorCharacterDeath,
    ];

    // Word beginnings that can start any of the patterns above; other sentences are not read again.
    private static readonly string[] Starts =
        ["fuck", "motherfuck", "cunt", "shit", "bitch", "bastard", "asshole", "arsehole", "goddamn", "dickhead", "bullshit", "piss",
         "cock", "clit", "pussy", "orgasm", "came", "blow", "went", "erection", "nipple", "thrust"];

    // The starts by their first two letters: most words are passed over with one lookup.
    private static readonly Dictionary<int, string[]> StartsByLetters =
        Starts.GroupBy(p => p[0] | p[1] << 16).ToDictionary(g => g.Key, g => g.ToArray());

    private static bool Starting(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !StartsByLetters.TryGetValue(word[0] | word[1] << 16, out var starts)) return false;
        foreach (var start in starts)
            if (word.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    public static Suggestion Guess(TextDocument text, IReadOnlyList<Suggestion> found)
    {
        var has = found.Select(s => s.Tag).ToHashSet();
        var candidates = text.Sentences.Where(s => s.Tokens.Any(t => Starting(t.LowerSpan))).ToList();
        var explicitSentences = candidates.Where(s => ExplicitSex().IsMatch(s.Lower)).ToList();
        var strong = candidates.Where(s => StrongLanguage().IsMatch(s.Lower)).ToList();
        var mild = candidates.Where(s => MildLanguage().IsMatch(s.Lower)).ToList();

        if (explicitSentences.Count >= 2)
            return Rated(Encore.Tags.FixedTags.Explicit, 0.75, explicitSentences, "explicit sexual content");
        if (has.Contains(SexualContent) || has.Contains(RapeNonCon) || has.Contains(UnderageSex) || has.Contains(GraphicViolence))
            return Rated(Encore.Tags.FixedTags.Mature, 0.7, Evidence(found, SexualContent, RapeNonCon, UnderageSex, GraphicViolence),
                "sexual content, rape or graphic violence");
        var themes = TeenThemes.Where(has.Contains).ToList();
        if (strong.Count > 0 || mild.Count >= 3 || themes.Count > 0)
            return Rated(Encore.Tags.FixedTags.TeenAndUp, 0.65, strong.Concat(mild).Take(3).ToList(),
                themes.Count > 0 ? "themes: " + string.Join(", ", themes) : "strong language", Evidence(found, [.. themes]));
        return Rated(Encore.Tags.FixedTags.GeneralAudiences, 0.6, [], "no sex, violence, dark themes or strong language found");
    }

    // A sentence two labels share (a death that is a major character's too) is quoted once.
    private static List<Evidence> Evidence(IReadOnlyList<Suggestion> found, params string[] labels) =>
        found.Where(s => labels.Contains(s.Tag)).SelectMany(s => s.Evidence).DistinctBy(e => (e.Start, e.End)).Take(3).ToList();

    private static Suggestion Rated(string rating, double confidence, List<Sentence> sentences, string why, List<Evidence>? more = null) =>
        new(Suggestion.Rating, rating, confidence, sentences.Take(3).Select(s => Understanding.Evidence.Of(s)).Concat(more ?? []).DistinctBy(e => (e.Start, e.End)).Take(3).ToList(), why);

    private static Suggestion Rated(string rating, double confidence, List<Evidence> evidence, string why) =>
        new(Suggestion.Rating, rating, confidence, evidence, why);
}
