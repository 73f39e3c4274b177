namespace Encore.Community;

// One per signed-in user per work, or one per guest address per work (AO3). The guest key is a keyed hash of the
// address, so the database never holds readers' IP addresses.
public class Kudos
{
    public int Id { get; set; }
    public int WorkId { get; set; }
    public Works.Work Work { get; set; } = null!;
    public string? UserId { get; set; }
    public People.User? User { get; set; }
    public string? GuestKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
