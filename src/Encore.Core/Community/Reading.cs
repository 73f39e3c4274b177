namespace Encore.Community;

// A signed-in reader's history with one work: when they last read it, which chapter, and "Marked for Later".
public class Reading
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int WorkId { get; set; }
    public Works.Work Work { get; set; } = null!;
    public int? LastChapterId { get; set; }
    public int Visits { get; set; }
    public DateTime LastReadAt { get; set; }
    public bool MarkedForLater { get; set; }
}

// One visitor's hit on one work on one UTC day: a hit counts once per visitor per day. The visitor key is the user
// id or a keyed hash of a guest's address. Rows older than a day are pruned; the total lives on Work.Hits.
public class WorkHit
{
    public int WorkId { get; set; }
    public DateOnly Day { get; set; }
    public required string VisitorKey { get; set; }
}
