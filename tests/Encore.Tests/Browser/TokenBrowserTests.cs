using Encore.Tests.Api;
using Encore.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// A reader makes a personal access token for their e-reader on the account's token page, copies it (shown once),
// and revokes another; JavaScript is off, at desktop and phone widths.
[Collection("browser")]
public sealed class TokenBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_reader_creates_copies_and_revokes_tokens(int width, int height, string device)
    {
        var name = $"ereader_{device}";
        await fixture.Archive.CreateUserAsync(name);
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.FillAsync("#Input_Login", name);
        await page.FillAsync("#Input_Password", TestPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Personal access tokens" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Personal access tokens");

        // A token without a name is refused, with the message linked to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Give the token a name");

        await page.GetByLabel("Token name").FillAsync("Old script");
        await page.GetByLabel("Read and write").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        await page.GetByLabel("Token name").FillAsync("KOReader on my Kobo");
        // Keyboard only: the read-only choice is the default, Enter in the name field submits.
        await page.GetByLabel("Token name").PressAsync("Enter");
        var secret = await page.GetByLabel("Copy it now: it will not be shown again").InputValueAsync();
        Assert.Matches("^encore_[0-9A-Za-z]{8}_[0-9A-Za-z]{32}$", secret);
        await Expect(page.Locator(".token-row")).ToHaveCountAsync(2);
        await Expect(page.Locator(".token-row").First).ToContainTextAsync("Read only");
        await BrowserFixture.ScreenshotAsync(page, $"tokens-created-{device}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"tokens-created-top-{device}.png") });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the token page is {overflow}px wider than the {width}px viewport");

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke Old script" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("The token is revoked");
        await Expect(page.Locator(".token-row.revoked")).ToContainTextAsync("Old script");
        await Expect(page.Locator("#new-token")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, $"tokens-revoked-{device}");

        // The token works where an e-reader uses it.
        var catalog = await fixture.Archive.Basic(name, secret).GetAsync("/opds");
        Assert.Contains("Marked for Later", await catalog.Content.ReadAsStringAsync());
    }
}
