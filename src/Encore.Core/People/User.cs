using Microsoft.AspNetCore.Identity;

namespace Encore.People;

public class User : IdentityUser
{
    public DateTime CreatedAt { get; set; }
    public List<Pseud> Pseuds { get; set; } = [];
}

// One of the names a user posts under. The default pseud carries the user name.
public class Pseud
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public User User { get; set; } = null!;
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsDefault { get; set; }
}
