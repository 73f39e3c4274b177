using System.Text.RegularExpressions;
using Encore.Tests.Community;
using Encore.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// A signed-in reader responds to a work: kudos, a comment and a reply to it, a bookmark. JavaScript is off.
[Collection("browser")]
public sealed class ResponseJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_reader_leaves_kudos_comments_and_a_bookmark(int width, int height, string device)
    {
        var reader = $"fan_{device}";
        await fixture.Archive.CreateUserAsync(reader);
        await fixture.Archive.CreateUserAsync($"author_{device}");
        var work = await fixture.Archive.PostByAsync($"author_{device}", $"Curtain Call ({device})", chapters: 2);

        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.GetByLabel("User name or email").FillAsync(reader);
        await page.GetByLabel("Password").FillAsync(TestPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.GotoAsync($"/works/{work.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kudos ♥" }).ClickAsync();
        await Expect(page.Locator("#response-notice")).ToHaveTextAsync("Thank you for leaving kudos!");
        await Expect(page.Locator("#kudos p")).ToContainTextAsync(reader);

        await page.Locator("#Input_Text").FillAsync("The second act made me cry.\n\nWhen is the next chapter?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Expect(page.Locator(".comment-text").First).ToContainTextAsync("made me cry");
        await page.Locator(".comment-actions").First.GetByRole(AriaRole.Link, new() { Name = "Reply" }).ClickAsync();
        await page.Locator("#Input_Text").FillAsync("Replying to myself: soon, I hope!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"#comment-\d+$"));
        await Expect(page.Locator(".thread .thread .comment-text")).ToContainTextAsync("soon, I hope");
        await BrowserFixture.ScreenshotAsync(page, $"work-responses-{device}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bookmark", Exact = true }).ClickAsync();
        await page.GetByLabel("Notes").FillAsync("A favourite: the rehearsal scene.");
        await page.GetByLabel("Your tags").FillAsync("theatre, comfort read");
        await page.GetByLabel("Rec (recommend this work)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/users/{reader}/bookmarks$"));
        await Expect(page.Locator(".bookmark-notes")).ToHaveTextAsync("A favourite: the rehearsal scene.");
        await BrowserFixture.ScreenshotAsync(page, $"bookmarks-{device}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the {width}px viewport");
    }
}
