namespace Encore.Understanding;

// What the analyser reads: the story as plain text, the notes, and what the creator already stated (suggestions
// repeat none of it).
public sealed record AnalysisInput
{
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string> Fandoms { get; init; } = [];
    public IReadOnlyList<string> Characters { get; init; } = [];
    public IReadOnlyList<string> Relationships { get; init; } = [];
    public IReadOnlyList<string> StatedTags { get; init; } = [];
}

// The one analyser: deterministic rules over the archive's knowledge of fandoms, runs offline, explains every
// suggestion with quoted evidence. Build one per knowledge base and reuse it; Analyze is safe to call from many threads.
public sealed partial class TextAnalyzer(KnowledgeBase knowledge)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^('s|’s)? ?(\W+(?!(said|says|told|asked|thought|knew|saw|heard|noticed|explained|added|replied|whispered|muttered|observed|remarked|decided|insisted)\b)\w+){0,10}?\W+(died|dies|was dead|is dead|lay dead|passed away|passed on|passes (away|on)|was killed|had been killed|was murdered|had died|is gone|was gone|has gone|stopped breathing|breathed (his|her|their) last|slipped (away|from us)|did not live|didn't live|never lived to|never woke|was taken from|went peacefully|was buried|drowned|flatlined)\b|^('s|’s) (funeral|memorial|grave|death|body|coffin|casket|ashes|wake|gone)\b")]
    private static partial System.Text.RegularExpressions.Regex DiesAfterName();

    // The name follows the death: "I lost Mary", "we buried Tom", "the funeral of Mr. Bennet".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(lost|buried|bury|burying|mourned|mourning|laid|funeral of|death of|grave of|killed|murdered|strangled|poisoned)\W+$")]
    private static partial System.Text.RegularExpressions.Regex DiesBeforeName();

    // Longer texts are read in full for characters, but evidence is sought only in the first 5 MB: enough for any
    // work, and it bounds the time a 20 MB text can take.
    public const int MaxAnalysedChars = 5_000_000;

    private readonly NameIndex _names = new(knowledge.Fandoms.SelectMany(f => f.Characters));

    public KnowledgeBase Knowledge => knowledge;

    public IReadOnlyList<Suggestion> Analyze(AnalysisInput input)
    {
        var body = input.Text.Length > MaxAnalysedChars ? input.Text[..MaxAnalysedChars] : input.Text;
        var text = new TextDocument(body);
        var notes = new TextDocument(string.Join("\n\n", new[] { input.Title, input.Summary, input.Notes }.Where(s => !string.IsNullOrWhiteSpace(s))));

        var suggestions = new PeopleFinder(knowledge, _names).Find(input, text, notes);
        var present = suggestions.Where(s => s.Type == Suggestion.Character).Select(s => s.Tag)
            .Concat(input.Characters).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The death is theirs: the name is followed closely by the death ("Kyle died", "Kyle's memorial").
        bool NamesCharacter(Sentence s) => _names.Find(s).Any(m => m.Owners.Any(o => present.Contains(o.Name))
            && (DiesAfterName().IsMatch(s.Text[(m.End - s.Start)..].ToLowerInvariant())
                || DiesBeforeName().IsMatch(s.Text[..(m.Start - s.Start)].ToLowerInvariant())));

        var content = ContentFinder.Suggest(text, ContentFinder.Hits(text), NamesCharacter);
        suggestions.AddRange(content.Where(c => !input.StatedTags.Contains(c.Tag, StringComparer.OrdinalIgnoreCase)));
        if (body.Trim().Length > 0) suggestions.Add(RatingGuess.Guess(text, content));
        return suggestions;
    }
}
