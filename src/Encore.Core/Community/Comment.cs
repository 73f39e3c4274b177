namespace Encore.Community;

// A comment on a chapter, threaded by ParentId. Deleting a comment that has replies keeps its place in the thread
// ("This comment has been deleted") so the replies still make sense.
public class Comment
{
    public const int MaxLength = 10_000;
    public const int MaxGuestNameLength = 100;

    public int Id { get; set; }
    public int WorkId { get; set; }
    public Works.Work Work { get; set; } = null!;
    public int ChapterId { get; set; }
    public Works.Chapter Chapter { get; set; } = null!;
    public int? ParentId { get; set; }
    public Comment? Parent { get; set; }

    // A signed-in commenter writes as one of their pseuds; a guest gives a name.
    public int? PseudId { get; set; }
    public People.Pseud? Pseud { get; set; }
    public string? GuestName { get; set; }

    // Sanitized creator HTML (CreatorHtml, without class names).
    public required string Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public CommentRemoval Removal { get; set; }
}

public enum CommentRemoval { None = 0, ByCommenter = 1, ByCreator = 2, ByAdmin = 3 }
