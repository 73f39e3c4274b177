using System.CommandLine;
using System.Security.Cryptography;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Encore.Web.Cli;

// encore admin create USER --email E [--password P] | encore admin grant USER: the archive's administrators.
public static class AdminCommand
{
    public static Command Create()
    {
        var user = new Argument<string>("USER") { Description = "The user name" };
        var email = new Option<string>("--email") { Description = "The new admin's email address", Required = true };
        var password = new Option<string?>("--password")
        {
            Description = "The password (default: a random one, printed once; better: set ENCORE_ADMIN_PASSWORD, which stays out of shell history)",
        };
        var create = new Command("create", "Create a user account that is an admin (confirmed, ready to log in)") { user, email, password };
        create.SetAction((parse, ct) => EncoreCli.Guard(() => WithUsers(parse, ct, async (db, users, roles) =>
        {
            var chosen = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("ENCORE_ADMIN_PASSWORD");
            var secret = chosen ?? RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
            var result = await UserAccounts.CreateAsync(db, users, parse.GetValue(user)!, parse.GetValue(email)!, secret, TimeProvider.System, confirmed: true, ct);
            if (!result.Succeeded)
            {
                foreach (var p in result.Problems) await Console.Error.WriteLineAsync($"encore: {p.Message}");
                return 2;
            }
            await GrantAsync(users, roles, result.User!);
            Console.WriteLine($"Created admin {result.User!.UserName}.");
            if (chosen == null) Console.WriteLine($"Password: {secret}  (shown once; change it after logging in)");
            return 0;
        })));

        var grant = new Command("grant", "Make an existing user an admin") { user };
        grant.SetAction((parse, ct) => EncoreCli.Guard(() => WithUsers(parse, ct, async (_, users, roles) =>
        {
            var name = parse.GetValue(user)!;
            var found = await users.FindByNameAsync(name);
            if (found == null)
            {
                await Console.Error.WriteLineAsync($"encore: there is no user \"{name}\".");
                return 2;
            }
            var already = await users.IsInRoleAsync(found, UserAccounts.AdminRole);
            await GrantAsync(users, roles, found);
            Console.WriteLine(already ? $"{found.UserName} is already an admin." : $"{found.UserName} is now an admin.");
            return 0;
        })));
        return new Command("admin", "The archive's administrators") { create, grant };
    }

    private static async Task<int> WithUsers(ParseResult parse, CancellationToken ct, Func<EncoreDb, UserManager<User>, RoleManager<IdentityRole>, Task<int>> body)
    {
        var database = EncoreCli.Database(parse);
        await DatabaseCheck.PrepareAsync(database, ct);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEncoreDatabase(database);
        services.AddDataProtection();
        services.AddEncoreIdentityCore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await body(sp.GetRequiredService<EncoreDb>(), sp.GetRequiredService<UserManager<User>>(), sp.GetRequiredService<RoleManager<IdentityRole>>());
    }

    private static async Task GrantAsync(UserManager<User> users, RoleManager<IdentityRole> roles, User user)
    {
        if (!await roles.RoleExistsAsync(UserAccounts.AdminRole))
            Check(await roles.CreateAsync(new IdentityRole(UserAccounts.AdminRole)));
        if (!await users.IsInRoleAsync(user, UserAccounts.AdminRole))
            Check(await users.AddToRoleAsync(user, UserAccounts.AdminRole));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
