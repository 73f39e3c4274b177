namespace Encore.People;

// Who is looking. Visibility rules take a Reader so pages, feeds and the API apply them identically.
public sealed record Reader(string? UserId, bool IsAdmin = false)
{
    public static readonly Reader Guest = new((string?)null);
    public bool SignedIn => UserId != null;
}
