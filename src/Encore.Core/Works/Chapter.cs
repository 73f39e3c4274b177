namespace Encore.Works;

public class Chapter
{
    public const int MinContentLength = 10;
    public const int MaxContentLength = 510_000;

    public int Id { get; set; }
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;

    // 1-based reading order within the work.
    public int Position { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Notes { get; set; }
    public string? EndNotes { get; set; }

    // Always stored sanitized (CreatorHtml.Sanitize), so pages can emit it as is.
    public required string Content { get; set; }
    public int WordCount { get; set; }
    public DateTime PublishedAt { get; set; }

    public string Heading => string.IsNullOrWhiteSpace(Title) ? $"Chapter {Position}" : $"Chapter {Position}: {Title}";
}
