namespace Encore.Community;

// A subscription to exactly one of: a work (new chapters), a series (new works) or a creator (new works).
public class Subscription
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int? WorkId { get; set; }
    public Works.Work? Work { get; set; }
    public int? SeriesId { get; set; }
    public Works.Series? Series { get; set; }
    public string? CreatorId { get; set; }
    public People.User? Creator { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum InboxKind { NewChapter = 0, NewWork = 1, CoCreatorInvitation = 2, Comment = 3 }

// Something a user should know about: an update to something they subscribe to, an invitation, a comment.
public class InboxItem
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public InboxKind Kind { get; set; }
    public int WorkId { get; set; }
    public Works.Work Work { get; set; } = null!;
    public int? ChapterId { get; set; }
    public int? CommentId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
