using Encore.Tags;

namespace Encore.Works;

public enum SuggestionStatus { Suggested = 0, Accepted = 1, Rejected = 2 }

// A tag Encore suggests for a work from its text, with the evidence a person can check. It is never the creator's
// word: it shows apart from the creator's tags until the creator accepts it (then it becomes a tag) or rejects it.
public class WorkSuggestion
{
    public int Id { get; set; }
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;
    public TagType Type { get; set; }
    public required string TagName { get; set; }
    public double Confidence { get; set; }

    // JSON array of {"quote", "start", "end"}: sentences of the work's text with character offsets.
    public required string Evidence { get; set; }
    public SuggestionStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
}
