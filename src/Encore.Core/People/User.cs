using Microsoft.AspNetCore.Identity;

namespace Encore.People;

public class User : IdentityUser
{
    // AO3's name for the account that keeps orphaned works: their creators left, the works stay.
    public const string OrphanAccount = "orphan_account";

    public DateTime CreatedAt { get; set; }
    public List<Pseud> Pseuds { get; set; } = [];
    public ReaderSettings Settings { get; set; } = new();
    public string? Profile { get; set; }
}

// One of the names a user posts under. The default pseud carries the user name.
public class Pseud
{
    public const int MaxNameLength = 40;

    public int Id { get; set; }
    public required string UserId { get; set; }
    public User User { get; set; } = null!;
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsDefault { get; set; }
}
