using System.Net;
using Encore.Data;
using Encore.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Tests.Support;

// People for tests: confirmed accounts made through the archive's own account code, and HTTP clients signed in
// through the real login form (cookies, antiforgery and all).
public static class TestPeople
{
    public const string Password = "correct horse battery";

    public static async Task<User> CreateUserAsync(this TestArchive archive, string name, bool admin = false)
    {
        await using var scope = archive.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var result = await UserAccounts.CreateAsync(scope.ServiceProvider.GetRequiredService<EncoreDb>(), users,
            name, $"{name}@example.com", Password, TimeProvider.System, confirmed: true);
        Assert.True(result.Succeeded, string.Join(" ", result.Problems.Select(p => p.Message)));
        if (admin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(UserAccounts.AdminRole)) await roles.CreateAsync(new IdentityRole(UserAccounts.AdminRole));
            await users.AddToRoleAsync(result.User!, UserAccounts.AdminRole);
        }
        return result.User!;
    }

    // A client with its own cookie jar; not signed in until SignInAsync.
    public static HttpClient NewClient(this TestArchive archive) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = archive.BaseAddress };

    public static async Task<HttpClient> SignInAsync(this TestArchive archive, string name, string password = Password)
    {
        var client = archive.NewClient();
        var response = await client.PostFormAsync("/login", new() { ["Input.Login"] = name, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"logging in as {name} answered {(int)response.StatusCode}");
        return client;
    }

    // Posts a form the way a browser does: reads the page first for its antiforgery token (and cookie).
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var (token, _) = await AntiforgeryAsync(client, formPage ?? path);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    // A page's antiforgery token (getting the page also sets the antiforgery cookie), with the page itself.
    public static async Task<(string Token, AngleSharp.Dom.IDocument Page)> AntiforgeryAsync(this HttpClient client, string page)
    {
        var doc = Html.Parse(await client.GetStringAsync(page));
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"{page} has no form with an antiforgery token");
        return (token, doc);
    }

    public static async Task<string> ReadHtmlAsync(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
