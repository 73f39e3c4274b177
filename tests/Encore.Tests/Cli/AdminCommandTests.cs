using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Cli;

public class AdminCommandTests
{
    [Fact]
    public async Task Admin_create_makes_a_confirmed_admin_and_grant_promotes_an_existing_user()
    {
        using var folder = new TempFolder();
        var db = folder.File("encore.db");
        var (code, output, error) = await CliTests.RunAsync($"admin create chief --email chief@example.com --db \"{db}\"");
        Assert.True(code == 0, error);
        Assert.Matches("Password: [A-Za-z0-9]{20}", output);

        var (again, _, againError) = await CliTests.RunAsync($"admin create chief --email other@example.com --db \"{db}\"");
        Assert.Equal(2, again);
        Assert.Contains("is taken", againError);

        var (missing, _, missingError) = await CliTests.RunAsync($"admin grant nobody --db \"{db}\"");
        Assert.Equal(2, missing);
        Assert.Contains("there is no user \"nobody\"", missingError);

        var (created, _, _) = await CliTests.RunAsync($"admin create deputy --email deputy@example.com --db \"{db}\"",
            new Dictionary<string, string> { ["ENCORE_ADMIN_PASSWORD"] = "a chosen long password" });
        Assert.Equal(0, created);

        await using var context = Encore.Data.DatabaseServices.Open(new Encore.Data.DatabaseSettings(Encore.Data.DatabaseProvider.Sqlite, db));
        var admins = await context.UserRoles.Join(context.Users, r => r.UserId, u => u.Id, (r, u) => u.UserName).ToListAsync();
        Assert.Equal(["chief", "deputy"], admins.Order());
        Assert.True(await context.Users.Where(u => u.UserName == "chief").Select(u => u.EmailConfirmed).SingleAsync());
        Assert.Equal("chief", await context.Pseuds.Where(p => p.User.UserName == "chief").Select(p => p.Name).SingleAsync());
    }

    [Fact]
    public async Task An_admin_made_on_the_command_line_can_log_in_and_is_an_admin_on_the_site()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        var (code, _, error) = await CliTests.RunAsync($"admin create keeper --email keeper@example.com --db \"{archive.Database.Target}\"",
            new Dictionary<string, string> { ["ENCORE_ADMIN_PASSWORD"] = TestPeople.Password });
        Assert.True(code == 0, error);
        await archive.CreateUserAsync("plain");
        var (granted, grantOut, _) = await CliTests.RunAsync($"admin grant plain --db \"{archive.Database.Target}\"");
        Assert.Equal(0, granted);
        Assert.Contains("plain is now an admin", grantOut);
        await archive.SignInAsync("keeper");
        await archive.SignInAsync("plain");
    }
}
