using System.Security.Cryptography;
using System.Text;
using Encore.Community;
using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

// A token that checked out: who it signs in, as the Reader the cookie sign-in builds, and what it may do.
public sealed record TokenSignIn(Reader Reader, int TokenId, string Key, TokenScope Scope);

// A new token: the row as stored, and the token itself, which is shown once and never again.
public sealed record CreatedToken(AccessToken Token, string Secret);

// Personal access tokens: created and revoked on the account's token page, presented by e-readers (HTTP Basic) and
// scripts (Bearer). A token reads "encore_KEY_SECRET": the prefix makes a leaked one recognisable to people and
// secret scanners, KEY finds the row, and only SECRET's SHA-256 hash is stored (a token is a random 190-bit
// secret, not a password, so a slow hash would add nothing but time to every request).
public sealed class AccessTokens(EncoreDb db, TimeProvider clock)
{
    public const string Prefix = "encore_";
    public const int KeyLength = 8;
    public const int SecretLength = 32;
    public const int MaxActivePerUser = 50;

    // Last-used dates are for the person looking at the list, so a token in steady use writes at most once a minute.
    public static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public async Task<(CreatedToken? Created, FieldProblem? Problem)> CreateAsync(string userId, string? name, TokenScope scope, CancellationToken ct = default)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) return (null, new("Name", "Give the token a name, such as the app or script that will use it."));
        if (name.Length > AccessToken.MaxNameLength) return (null, new("Name", $"The name can be at most {AccessToken.MaxNameLength} characters."));
        if (!Enum.IsDefined(scope)) return (null, new("Scope", "Choose read or write."));
        if (await db.AccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null, ct) >= MaxActivePerUser)
            return (null, new("Name", $"You have {MaxActivePerUser} tokens: revoke one you no longer use first."));

        for (var attempt = 0; ; attempt++)
        {
            var key = Random(KeyLength);
            var secret = Random(SecretLength);
            var token = new AccessToken
            {
                UserId = userId, Name = name, Scope = scope, Key = key, SecretHash = Hash(secret), CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.AccessTokens.Add(token);
            try
            {
                await db.SaveChangesAsync(ct);
                return (new CreatedToken(token, $"{Prefix}{key}_{secret}"), null);
            }
            // Two tokens drawing the same 47-bit key: draw again.
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < 3)
            {
                db.Entry(token).State = EntityState.Detached;
            }
        }
    }

    // Newest first; revoked tokens stay listed (with when) so their owner can tell what stopped working.
    public Task<List<AccessToken>> ListAsync(string userId, CancellationToken ct = default) =>
        db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(ct);

    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken ct = default) =>
        await db.AccessTokens.Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow().UtcDateTime), ct) > 0;

    // The reader a presented token signs in, or null: unknown, malformed, revoked, or its account closed (the
    // tokens went with it) or suspended.
    public async Task<TokenSignIn?> SignInAsync(string? presented, CancellationToken ct = default)
    {
        if (Parse(presented) is not var (key, secret)) return null;
        var row = await db.AccessTokens.AsNoTracking().Where(t => t.Key == key && t.RevokedAt == null)
            .Select(t => new { t.Id, t.UserId, t.Scope, t.SecretHash, t.LastUsedAt, User = db.Users.Where(u => u.Id == t.UserId).Select(u => new { u.LockoutEnd }).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        // Hash and compare even when there is no row, so the answer takes as long either way.
        var matches = CryptographicOperations.FixedTimeEquals(Hash(secret), row?.SecretHash ?? new byte[32]);
        if (row == null || !matches || row.User == null) return null;
        var now = clock.GetUtcNow();
        if (UserAccounts.IsSuspended(row.User.LockoutEnd, now)) return null;

        if (row.LastUsedAt == null || now.UtcDateTime - row.LastUsedAt >= LastUsedGranularity)
            await db.AccessTokens.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now.UtcDateTime), ct);
        var reader = await ReaderLoading.LoadAsync(db, row.UserId, await ReaderLoading.IsAdminAsync(db, row.UserId, ct), ct);
        return new TokenSignIn(reader, row.Id, key, row.Scope);
    }

    // "encore_KEY_SECRET" with KEY and SECRET of the token alphabet and length; anything else is not a token.
    public static (string Key, string Secret)? Parse(string? token)
    {
        token = token?.Trim();
        if (token == null || token.Length != Prefix.Length + KeyLength + 1 + SecretLength || !token.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var key = token.Substring(Prefix.Length, KeyLength);
        var secret = token[(Prefix.Length + KeyLength + 1)..];
        if (token[Prefix.Length + KeyLength] != '_' || !key.All(Alphabet.Contains) || !secret.All(Alphabet.Contains)) return null;
        return (key, secret);
    }

    public static bool LooksLikeToken(string? value) => value?.Trim().StartsWith(Prefix, StringComparison.Ordinal) == true;

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
