using System.Net;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// Personal access tokens: the settings page, and who a token signs in (or not) on the catalog.
public sealed class TokenTests
{
    private static async Task<(TestArchive Archive, int Restricted)> ArchiveWithRestrictedWorkAsync()
    {
        var archive = await TestArchive.StartAsync(samples: false);
        await archive.CreateUserAsync("reader");
        await using var db = archive.OpenDb();
        var work = await Posting.PostAsync(db, Posting.Work("Members Only") with { Restricted = true });
        await archive.CatchUpAsync();
        return (archive, work.Id);
    }

    private static async Task<bool> CatalogListsAsync(HttpClient client, int workId) =>
        (await client.GetStringAsync("/opds/v2/works")).Contains($"/works/{workId}\"");

    [Fact]
    public async Task The_page_creates_a_token_shows_it_once_lists_it_and_revokes_it()
    {
        var (archive, restricted) = await ArchiveWithRestrictedWorkAsync();
        await using var _ = archive;
        var page = await archive.SignInAsync("reader");
        var token = await Tokens.CreateThroughPageAsync(page, "KOReader on my Kobo", TokenScope.Read);
        Assert.Matches("^encore_[0-9A-Za-z]{8}_[0-9A-Za-z]{32}$", token);

        // Shown once: the list names it by its public part only, and the database holds no copy of the secret.
        var list = Html.Parse(await page.GetStringAsync("/account/tokens"));
        Assert.DoesNotContain(token, list.DocumentElement.OuterHtml);
        var row = Assert.Single(list.QuerySelectorAll(".token-row"));
        Assert.Contains("KOReader on my Kobo", row.TextContent);
        Assert.Contains(token[..16] + "…", row.TextContent);
        Assert.Contains("Read only", row.TextContent);
        Assert.Contains("never used", row.TextContent);
        await using (var db = archive.OpenDb())
        {
            var stored = await db.AccessTokens.SingleAsync();
            Assert.Equal(token[7..15], stored.Key);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token[16..])), stored.SecretHash);
        }

        // The token signs the reader in to the catalog: the restricted work appears; then it is used.
        Assert.False(await CatalogListsAsync(archive.NewClient(), restricted));
        Assert.True(await CatalogListsAsync(archive.Basic("reader", token), restricted));
        Assert.Contains("last used", Html.Parse(await page.GetStringAsync("/account/tokens")).QuerySelector(".token-row")!.TextContent);

        var id = Html.Parse(await page.GetStringAsync("/account/tokens")).QuerySelector(".token-row form")!.GetAttribute("action")!;
        var revoked = await page.PostFormAsync(id, [], "/account/tokens");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = Html.Parse(await page.GetStringAsync("/account/tokens"));
        Assert.Contains("revoked", after.QuerySelector(".token-row")!.TextContent);
        Assert.Null(after.QuerySelector(".token-row form"));
        var refused = await archive.Basic("reader", token).GetAsync("/opds");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task The_page_refuses_a_token_without_a_name_and_needs_a_sign_in()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        await archive.CreateUserAsync("reader");
        Assert.Equal(HttpStatusCode.Redirect, (await archive.NewClient().GetAsync("/account/tokens")).StatusCode);
        var page = await archive.SignInAsync("reader");
        var response = await page.PostFormAsync("/account/tokens?handler=Create", new() { ["Input.Name"] = "  ", ["Input.Scope"] = "Write" }, "/account/tokens");
        var doc = Html.Parse(await response.ReadHtmlAsync());
        Assert.Null(doc.QuerySelector("#new-token"));
        Assert.Contains("Give the token a name", doc.QuerySelector(".error-summary")!.TextContent);
        await using var db = archive.OpenDb();
        Assert.Equal(0, await db.AccessTokens.CountAsync());
    }

    [Fact]
    public async Task Unknown_malformed_and_other_schemes_get_401_with_a_basic_challenge_while_no_header_is_a_guest()
    {
        var (archive, restricted) = await ArchiveWithRestrictedWorkAsync();
        await using var _ = archive;
        var token = await archive.CreateAsync("reader");
        var wrongSecret = token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        foreach (var client in new[]
        {
            archive.Basic("reader", wrongSecret), archive.Basic("reader", "correct horse battery"), archive.Basic("reader", "encore_nonsense"),
            archive.Bearer("encore_AAAAAAAA_" + new string('A', 32)),
        })
        {
            var response = await client.GetAsync("/opds");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Basic realm=\"Encore\"", response.Headers.WwwAuthenticate.ToString());
            Assert.Equal("application/opds-authentication+json", response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, (await archive.NewClient().GetAsync("/opds")).StatusCode);
        // The token as the password with any user name, or as the user name alone, and as a Bearer token.
        Assert.True(await CatalogListsAsync(archive.Basic("anyone", token), restricted));
        Assert.True(await CatalogListsAsync(archive.Basic(token, ""), restricted));
        Assert.True(await CatalogListsAsync(archive.Bearer(token), restricted));
    }

    [Fact]
    public async Task A_closed_or_suspended_account_s_tokens_stop_working_but_a_wrong_password_lockout_does_not_stop_them()
    {
        var (archive, restricted) = await ArchiveWithRestrictedWorkAsync();
        await using var _ = archive;
        var token = await archive.CreateAsync("reader");
        await using (var db = archive.OpenDb())
        {
            // Five wrong passwords lock the account for 15 minutes: the e-reader keeps working.
            await db.Users.Where(u => u.UserName == "reader").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)));
            Assert.True(await CatalogListsAsync(archive.Basic("reader", token), restricted));
            // An administrator's lock until a date is a suspension.
            await db.Users.Where(u => u.UserName == "reader").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddDays(30)));
            Assert.Equal(HttpStatusCode.Unauthorized, (await archive.Basic("reader", token).GetAsync("/opds")).StatusCode);
            await db.Users.Where(u => u.UserName == "reader").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null));
            Assert.True(await CatalogListsAsync(archive.Basic("reader", token), restricted));
        }

        var page = await archive.SignInAsync("reader");
        var closed = await page.PostFormAsync("/account/delete", new() { ["Password"] = TestPeople.Password, ["Works"] = "Orphan" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await archive.Basic("reader", token).GetAsync("/opds")).StatusCode);
        await using var after = archive.OpenDb();
        Assert.Equal(0, await after.AccessTokens.CountAsync());
    }

    [Fact]
    public async Task A_token_signs_in_the_same_reader_as_the_login_form_with_mutes_and_blocklist()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        var reader = await archive.CreateUserAsync("reader");
        await archive.CreateUserAsync("chief", admin: true);
        await using var db = archive.OpenDb();
        var blocked = await Posting.PostAsync(db, Posting.Work("Blocked Tag Work") with { AdditionalTags = ["Spiders"] });
        var spiders = await db.Tags.SingleAsync(t => t.Name == "Spiders");
        db.BlockedTags.Add(new BlockedTag { UserId = reader.Id, TagId = spiders.Id, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        var hidden = await Posting.PostAsync(db, Posting.Work("Hidden By Admin"));
        await db.Works.Where(w => w.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, "spam"));
        await archive.CatchUpAsync();

        Assert.True(await CatalogListsAsync(archive.NewClient(), blocked.Id));
        Assert.False(await CatalogListsAsync(archive.Basic("reader", await archive.CreateAsync("reader")), blocked.Id));
        Assert.False(await CatalogListsAsync(await archive.SignInAsync("reader"), blocked.Id));
        // An admin's token is an admin's sign-in: hidden works are listed, as for the admin's cookie.
        Assert.True(await CatalogListsAsync(archive.Bearer(await archive.CreateAsync("chief")), hidden.Id));
        Assert.False(await CatalogListsAsync(archive.NewClient(), hidden.Id));
    }
}
