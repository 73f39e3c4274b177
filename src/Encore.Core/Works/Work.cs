using Encore.Tags;

namespace Encore.Works;

public class Work
{
    public const int MaxTitleLength = 255;
    public const int MaxSummaryLength = 1250;
    public const int MaxNotesLength = 5000;

    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public string? Notes { get; set; }
    public string? EndNotes { get; set; }
    public string Language { get; set; } = "en";

    public DateTime PublishedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    // Null expected count shows as "?" (the creator does not know yet how many chapters there will be).
    public int? ExpectedChapters { get; set; }

    // Kept in step with the chapters by WorkStats so lists and filters need not count chapters per row.
    public int ChapterCount { get; set; }
    public bool IsComplete { get; set; }
    public int WordCount { get; set; }
    public int Hits { get; set; }

    public bool Restricted { get; set; }
    public bool IsDraft { get; set; }
    public bool AllowGuestComments { get; set; } = true;

    // Set when an admin hides the work: it disappears for everyone but its creators (who see the reason) and admins.
    public string? HiddenReason { get; set; }

    // Counters kept in step by the services that add kudos, comments and bookmarks, so lists and sorts need no joins.
    public int KudosCount { get; set; }
    public int CommentCount { get; set; }
    public int BookmarkCount { get; set; }

    // Provenance of imported works: where the text came from and when Encore took it in.
    public string? ImportSource { get; set; }
    public DateTime? ImportedAt { get; set; }

    public List<Chapter> Chapters { get; set; } = [];
    public List<WorkTag> Tags { get; set; } = [];
    public List<Creatorship> Creators { get; set; } = [];
    public List<Gift> Gifts { get; set; } = [];
    public List<SeriesWork> SeriesLinks { get; set; } = [];
    public List<WorkSuggestion> Suggestions { get; set; } = [];
}

public class WorkTag
{
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
}
