namespace Encore.Works;

// One raw post taken in by the importer. The content hash makes a second import of the same post a duplicate.
public class ImportedPost
{
    public int Id { get; set; }
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;
    public required string ContentHash { get; set; }
    public required string SourceName { get; set; }
    public required string Format { get; set; }
    public DateTime ImportedAt { get; set; }

    // Blog-entry fields such as LiveJournal's Current Mood, as JSON.
    public string? PostMetadata { get; set; }
}
