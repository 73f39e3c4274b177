using System.Text.RegularExpressions;
using Encore.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// The issue's whole journey, in a browser with JavaScript off, on an archive of its own in development mode (so the
// confirmation link is on the page): a creator signs up and posts a restricted three-chapter work; a reader finds it,
// leaves kudos, a comment and a bookmark and subscribes; the creator posts chapter four; the reader's inbox has it;
// a guest finds the work nowhere.
[Collection("browser")]
public sealed class CommunityJourneyTests(BrowserFixture fixture)
{
    private const string Title = "Understudy Nights";

    [Fact]
    public async Task Sign_up_post_find_respond_subscribe_update_and_guests_see_nothing()
    {
        await using var archive = await TestArchive.StartAsync(samples: false, environment: "Development");
        var creator = await NewPageAsync(archive);

        // Sign up and confirm.
        await creator.GotoAsync("/signup");
        await creator.GetByLabel("User name").FillAsync("curtain_call");
        await creator.GetByLabel("Email").FillAsync("curtain@example.org");
        await creator.GetByLabel("Password", new() { Exact = true }).FillAsync("a long stage whisper");
        await creator.GetByLabel("Confirm password").FillAsync("a long stage whisper");
        await creator.GetByLabel("I am at least 13 years old").CheckAsync();
        await creator.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await creator.Locator("#confirmation-link").ClickAsync();
        await Expect(creator.Locator("h1")).ToHaveTextAsync("Your account is confirmed");
        await LogInAsync(creator, "curtain_call", "a long stage whisper");

        // Post chapter one of an expected four, restricted, with tags; then chapters two and three.
        await creator.GotoAsync("/works/new");
        await creator.GetByLabel("Teen And Up Audiences").CheckAsync();
        await creator.GetByLabel("No Archive Warnings Apply").CheckAsync();
        await creator.GetByLabel("Fandoms").FillAsync("Smash (TV 2012)");
        await creator.GetByLabel("Relationships").FillAsync("Ivy Lynn/Karen Cartwright");
        await creator.GetByLabel("Characters").FillAsync("Ivy Lynn, Karen Cartwright");
        await creator.GetByLabel("Additional tags").FillAsync("Understudies, Backstage");
        await creator.GetByLabel("Work title").FillAsync(Title);
        await creator.GetByLabel("Expected chapters").FillAsync("4");
        await creator.GetByLabel("Only show this work to signed-in users").CheckAsync();
        await creator.GetByLabel("Plain text (a blank line starts a new paragraph)").CheckAsync();
        await creator.GetByLabel("Chapter title").FillAsync("Places");
        await creator.GetByLabel("Work text").FillAsync("Ivy waited in the wings while Karen warmed up.\n\nThe stage manager called places.");
        await creator.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
        if (creator.Url.Contains("/suggestions")) await creator.GetByRole(AriaRole.Link, new() { Name = "Go to the work" }).ClickAsync();
        await Expect(creator).ToHaveURLAsync(new Regex(@"/works/\d+$"));
        var workUrl = new Uri(creator.Url).AbsolutePath;
        foreach (var (number, text) in new[] { (2, "Karen missed her cue and Ivy covered for her."), (3, "After the show they shared a cab uptown.") })
            await AddChapterAsync(creator, workUrl, $"Act {number}", text);
        await creator.GotoAsync(workUrl);
        await Expect(creator.Locator(".work-meta")).ToContainTextAsync("3/4");

        // A second reader finds it through the fandom and responds.
        await archive.CreateUserAsync("front_row");
        var reader = await NewPageAsync(archive);
        await LogInAsync(reader, "front_row", TestPeople.Password);
        await reader.GotoAsync("/fandoms");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Smash (TV 2012)" }).First.ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await reader.Locator("#kudos-button").ClickAsync();
        await Expect(reader.Locator(".kudos")).ToContainTextAsync("front_row");
        await reader.GetByLabel("Comment", new() { Exact = true }).FillAsync("The wings scene! I held my breath.");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Expect(reader.Locator(".comments")).ToContainTextAsync("I held my breath");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" })).ToBeVisibleAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = "Bookmark", Exact = true }).ClickAsync();
        await reader.GetByLabel("Notes").FillAsync("Rereading before opening night.");
        await reader.GetByLabel("Your tags").FillAsync("comfort read");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await reader.GotoAsync("/users/front_row/bookmarks");
        await Expect(reader.Locator("main")).ToContainTextAsync(Title);
        await Expect(reader.Locator("main")).ToContainTextAsync("Rereading before opening night.");
        await reader.GotoAsync(workUrl);
        await BrowserFixture.ScreenshotAsync(reader, "journey-work-with-responses");

        // The creator posts chapter four; the subscriber's inbox has it and leads to it.
        await AddChapterAsync(creator, workUrl, "Curtain", "Opening night. Both of them went on.");
        await reader.GotoAsync("/");
        await Expect(reader.Locator(".user-nav")).ToContainTextAsync("Inbox (1)");
        await reader.GotoAsync("/inbox");
        var item = reader.Locator(".inbox-item").Filter(new() { HasText = "New chapter of " + Title });
        await Expect(item).ToContainTextAsync("Chapter 4: Curtain");
        await BrowserFixture.ScreenshotAsync(reader, "journey-inbox");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(reader.Locator(".chapter-heading").First).ToContainTextAsync("Curtain");

        // A guest finds the restricted work nowhere.
        var guest = await NewPageAsync(archive);
        foreach (var path in new[] { "/", "/works", "/fandoms", "/tags/Smash (TV 2012)/works", "/users/curtain_call", "/users/front_row/bookmarks" })
        {
            var response = await guest.GotoAsync(path);
            Assert.True(response!.Ok || response.Status == 404, $"{path} answered {response.Status}");
            await Expect(guest.Locator("main")).Not.ToContainTextAsync(Title);
        }
        var direct = await guest.GotoAsync(workUrl);
        Assert.True(direct!.Status == 404 || guest.Url.Contains("/login"), $"a guest opening the restricted work got {direct.Status} at {guest.Url}");
        await Expect(guest.Locator("main")).Not.ToContainTextAsync("Ivy waited in the wings");
    }

    private async Task<IPage> NewPageAsync(TestArchive archive)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BaseURL = archive.BaseAddress.ToString(),
            JavaScriptEnabled = false,
        });
        return await context.NewPageAsync();
    }

    private static async Task LogInAsync(IPage page, string name, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("User name or email").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.Locator(".user-nav")).ToContainTextAsync(name);
    }

    private static async Task AddChapterAsync(IPage page, string workUrl, string title, string text)
    {
        await page.GotoAsync(workUrl + "/chapters/new");
        await page.GetByLabel("Chapter title").FillAsync(title);
        await page.GetByLabel("Plain text (a blank line starts a new paragraph)").CheckAsync();
        await page.GetByLabel("Chapter text").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post chapter" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
    }
}
