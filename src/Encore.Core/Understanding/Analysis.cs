using System.Text.Json;
using Encore.Tags;
using Encore.Text;
using Encore.Works;

namespace Encore.Understanding;

// Runs the analyser over a work about to be posted or imported, and stores what it suggests.
public static class Analysis
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The work's chapters as plain text, separated by blank lines: what the analyser reads and evidence points into.
    public static string PlainText(IEnumerable<string> chapterHtml) => string.Join("\n\n", chapterHtml.Select(WordCounter.PlainText));

    public static IReadOnlyList<Suggestion> Of(TextAnalyzer analyzer, NewWork work) => analyzer.Analyze(new AnalysisInput
    {
        Text = PlainText(work.Chapters.Select(c => c.Content)),
        Title = work.Title,
        Summary = WordCounter.PlainText(work.Summary),
        Notes = string.Join("\n\n", new[] { work.Notes, work.EndNotes }.Select(WordCounter.PlainText).Where(n => n.Length > 0)),
        Fandoms = work.Fandoms.Where(f => f != Import.ParsedPost.UnknownFandom).ToList(),
        Characters = work.Characters,
        Relationships = work.Relationships,
        StatedTags = [.. work.AdditionalTags, .. work.Warnings, work.Rating],
    });

    public static WorkSuggestion ToEntity(Suggestion s, DateTime now) => new()
    {
        Type = s.Type switch
        {
            Suggestion.Fandom => TagType.Fandom,
            Suggestion.Character => TagType.Character,
            Suggestion.Relationship => TagType.Relationship,
            Suggestion.Warning => TagType.ArchiveWarning,
            Suggestion.Rating => TagType.Rating,
            _ => TagType.Freeform,
        },
        TagName = s.Tag,
        Confidence = s.Confidence,
        Evidence = JsonSerializer.Serialize(s.Evidence, Json),
        Status = SuggestionStatus.Suggested,
        CreatedAt = now,
    };

    public static IReadOnlyList<Evidence> EvidenceOf(WorkSuggestion s) =>
        JsonSerializer.Deserialize<List<Evidence>>(s.Evidence, Json) ?? [];
}
