using Encore.Data;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// The token table and its queries (a bytea hash, the key's unique index, bulk updates of the last-used date and
// revocation, the cascade when an account closes) on PostgreSQL's migrations.
[Collection("postgres")]
public sealed class PostgresTokenTests(PostgresServer server)
{
    [Fact]
    public async Task Tokens_are_created_checked_revoked_and_closed_with_their_account_on_postgres()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        var user = new User { UserName = "reader", NormalizedUserName = "READER", SecurityStamp = Guid.NewGuid().ToString("N") };
        db.AddRange(user, new Pseud { UserId = user.Id, User = user, Name = "reader", IsDefault = true });
        await db.SaveChangesAsync();

        var tokens = new AccessTokens(db, TimeProvider.System);
        var (created, problem) = await tokens.CreateAsync(user.Id, "script", TokenScope.Write);
        Assert.Null(problem);
        var signIn = await tokens.SignInAsync(created!.Secret);
        Assert.Equal(user.Id, signIn!.Reader.UserId);
        Assert.Equal(TokenScope.Write, signIn.Scope);
        Assert.NotNull((await db.AccessTokens.AsNoTracking().SingleAsync()).LastUsedAt);
        Assert.Null(await tokens.SignInAsync(created.Secret[..^1] + (created.Secret[^1] == 'a' ? 'b' : 'a')));

        Assert.True(await tokens.RevokeAsync(user.Id, created.Token.Id));
        Assert.Null(await tokens.SignInAsync(created.Secret));
        var (second, _) = await tokens.CreateAsync(user.Id, "e-reader", TokenScope.Read);
        await AccountClosing.CloseAsync(db, user.Id, WorksOnClose.Orphan, TimeProvider.System);
        Assert.Null(await tokens.SignInAsync(second!.Secret));
        Assert.Equal(0, await db.AccessTokens.CountAsync());
    }
}
