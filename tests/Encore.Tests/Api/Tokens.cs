using System.Net.Http.Headers;
using System.Text;
using Encore.Data;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Tests.Api;

// Personal access tokens for tests: made through the real token page (signed in, antiforgery and all) or, where the
// page is not what is tested, through the same service the page calls.
public static class Tokens
{
    public static async Task<string> CreateThroughPageAsync(HttpClient signedIn, string name, TokenScope scope)
    {
        var response = await signedIn.PostFormAsync("/account/tokens?handler=Create",
            new() { ["Input.Name"] = name, ["Input.Scope"] = scope.ToString() }, "/account/tokens");
        var doc = Html.Parse(await response.ReadHtmlAsync());
        return doc.QuerySelector("#new-token")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException("the answer shows no new token");
    }

    public static async Task<string> CreateAsync(this TestArchive archive, string userName, TokenScope scope = TokenScope.Read, string name = "test")
    {
        await using var scopeServices = archive.Services.CreateAsyncScope();
        var db = scopeServices.ServiceProvider.GetRequiredService<EncoreDb>();
        var userId = db.Users.Single(u => u.UserName == userName).Id;
        var (created, problem) = await scopeServices.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(userId, name, scope);
        Assert.Null(problem);
        return created!.Secret;
    }

    // A client that presents a token the way scripts do (Bearer) or e-readers do (Basic, the token as the password).
    public static HttpClient Bearer(this TestArchive archive, string token)
    {
        var client = archive.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient Basic(this TestArchive archive, string userName, string password)
    {
        var client = archive.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return client;
    }
}
