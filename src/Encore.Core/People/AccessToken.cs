namespace Encore.People;

// What a personal access token may do: read (the catalog, the API's GET requests) or also write (post works and
// chapters, import, kudos, comments, bookmarks through the API).
public enum TokenScope { Read = 0, Write = 1 }

// A personal access token: a secret a person gives an e-reader or a script instead of their password. Only the
// SHA-256 hash of the secret is kept; Key is the public part of the token, so it can be found without comparing the
// secret against every row and recognised in the list ("encore_KEY_…").
public class AccessToken
{
    public const int MaxNameLength = 100;

    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public TokenScope Scope { get; set; }
    public required string Key { get; set; }
    public required byte[] SecretHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool Revoked => RevokedAt != null;
}
