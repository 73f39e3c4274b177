using Encore.Understanding.Learned;

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
    // Longer texts are read in full for characters, but evidence is sought only in the first 5 MB: enough for any
    // work, and it bounds the time a 20 MB text can take.
    public const int MaxAnalysedChars = 5_000_000;

    private readonly NameIndex _names = new(knowledge.Fandoms.SelectMany(f => f.Characters));
    private readonly LabelModel? _learned;

    // With another learned model, or none (LabelModel.None): tests read the rules and fields on their own this way.
    internal TextAnalyzer(KnowledgeBase knowledge, LabelModel learned) : this(knowledge) => _learned = learned;

    public KnowledgeBase Knowledge => knowledge;

    public IReadOnlyList<Suggestion> Analyze(AnalysisInput input)
    {
        var body = input.Text.Length > MaxAnalysedChars ? input.Text[..MaxAnalysedChars] : input.Text;
        var text = new TextDocument(body);
        var notes = new TextDocument(string.Join("\n\n", new[] { input.Title, input.Summary, input.Notes }.Where(s => !string.IsNullOrWhiteSpace(s))));

        var suggestions = new PeopleFinder(knowledge, _names).Find(input, text, notes);
        var staged = ContentFinder.Staged(text);
        var hits = ContentFinder.Hits(text, staged);
        hits.AddRange(TopicFinder.Hits(text, staged, hits));
        var deaths = WhoDies.Read(hits, () => StoryCast.Of(knowledge, _names, input, suggestions, text));
        var learned = LearnedFinder.Read(text, staged, _learned ?? LabelModel.Default);
        deaths.Hits.AddRange(learned.Hits);
        var content = ContentFinder.Suggest(text, deaths.Hits, deaths);
        learned.Withdraw(content);
        suggestions.AddRange(content.Where(c => !input.StatedTags.Contains(c.Tag, StringComparer.OrdinalIgnoreCase)));
        if (body.Trim().Length > 0) suggestions.Add(RatingGuess.Guess(text, content));
        return suggestions;
    }
}
