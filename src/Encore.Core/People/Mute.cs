namespace Encore.People;

// A reader who never wants to see another user's works or comments.
public class Mute
{
    public required string UserId { get; set; }
    public required string MutedUserId { get; set; }
    public User MutedUser { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
}

// A tag on a reader's saved blocklist: works carrying it (or a synonym) are hidden everywhere for that reader.
public class BlockedTag
{
    public required string UserId { get; set; }
    public int TagId { get; set; }
    public Tags.Tag Tag { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
}
