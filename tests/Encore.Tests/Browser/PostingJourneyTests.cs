using System.Text.RegularExpressions;
using Encore.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// A creator posts a work with JavaScript off: fill the form, preview, post, read it.
[Collection("browser")]
public sealed class PostingJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_creator_fills_the_form_previews_and_posts(int width, int height, string device)
    {
        var name = $"poster_{device}";
        await fixture.Archive.CreateUserAsync(name);
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.GetByLabel("User name or email").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(TestPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.GotoAsync("/works/new");
        await page.GetByLabel("Teen And Up Audiences").CheckAsync();
        await page.GetByLabel("No Archive Warnings Apply").CheckAsync();
        await page.GetByLabel("F/F").CheckAsync();
        await page.GetByLabel("Fandoms").FillAsync("Original Work");
        await page.GetByLabel("Characters").FillAsync("Marguerite, The Night Ferry");
        await page.GetByLabel("Additional tags").FillAsync("Rivers, Night");
        await page.GetByLabel("Work title").FillAsync($"The Night Ferry ({device})");
        await page.GetByLabel("Summary").FillAsync("Marguerite takes the last ferry across.\n\nThe river is wider than she remembers.");
        await page.GetByLabel("Plain text (a blank line starts a new paragraph)").CheckAsync();
        await page.GetByLabel("Chapter title").FillAsync("Crossing");
        await page.GetByLabel("Work text").FillAsync("The ferry left at midnight, <script>alert(1)</script> as always.\n\nMarguerite stood at the rail and counted the lights on the far bank.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(page.Locator(".preview .work-title")).ToHaveTextAsync($"The Night Ferry ({device})");
        await Expect(page.Locator(".preview .chapter-text p")).ToHaveCountAsync(2);
        await Expect(page.Locator("script:not([src^='/js/'])")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, $"posting-form-{device}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the posting form is {overflow}px wider than the {width}px viewport");

        await page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
        if (page.Url.Contains("/suggestions")) await page.GetByRole(AriaRole.Link, new() { Name = "Go to the work" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/works/\d+$"));
        await Expect(page.Locator("h1.work-title")).ToHaveTextAsync($"The Night Ferry ({device})");
        await Expect(page.Locator(".chapter-text p").First).ToContainTextAsync("<script>alert(1)</script>");
        await Expect(page.Locator(".creator-tools")).ToContainTextAsync("Edit");
        await BrowserFixture.ScreenshotAsync(page, $"posted-work-{device}");
        overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the work page is {overflow}px wider than the {width}px viewport");
    }
}
