namespace Encore.Community;

// A reader's bookmark of a work: their own notes and tags, public or private. One per user per work.
public class Bookmark
{
    public const int MaxNotesLength = 5000;
    public const int MaxTags = 75;

    public int Id { get; set; }
    public required string UserId { get; set; }
    public People.User User { get; set; } = null!;
    public int PseudId { get; set; }
    public People.Pseud Pseud { get; set; } = null!;
    public int WorkId { get; set; }
    public Works.Work Work { get; set; } = null!;
    public string? Notes { get; set; }

    // The bookmarker's own tags, comma-separated as typed; they describe the bookmark, not the work.
    public string? Tags { get; set; }
    public bool IsPrivate { get; set; }
    public bool IsRec { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IEnumerable<string> TagList => BookmarkTags.Split(Tags);
}

public static class BookmarkTags
{
    public static IReadOnlyList<string> Split(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
