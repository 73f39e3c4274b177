using Encore.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// A reader sets dark theme and large text, reads a work that way, and builds a blocklist; JavaScript is off.
[Collection("browser")]
public sealed class ReaderSettingsBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_reader_chooses_dark_large_text_and_blocks_tags(int width, int height, string device)
    {
        var name = $"night_{device}";
        await fixture.Archive.CreateUserAsync(name);
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.FillAsync("#Input_Login", name);
        await page.FillAsync("#Input_Password", TestPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.GotoAsync("/account/settings");
        await page.GetByLabel("Text size").SelectOptionAsync("150");
        await page.GetByLabel("Dark").CheckAsync();
        await page.GetByLabel("Wide").CheckAsync();
        await page.GetByLabel("Hide additional tags").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("saved");
        await BrowserFixture.ScreenshotAsync(page, $"reader-settings-{device}");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Eight Counts of Quiet" }).ClickAsync();
        Assert.Equal("rgb(23, 21, 26)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        var size = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.chapter-text')).fontSize");
        Assert.Equal("27.52px", size); // 1.72rem: the 150% step in site.css
        await page.Locator(".freeform-fold summary").First.ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, $"work-dark-large-{device}");
        // The first screenful as well: the full page of a long work is too tall to look at closely.
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"work-dark-large-top-{device}.png") });

        await page.GotoAsync("/account/blocklist");
        foreach (var tag in new[] { "Drug Overdose", "Major Character Death", "Self-Harm" })
        {
            await page.GetByLabel("Tag to block").FillAsync(tag);
            await page.GetByRole(AriaRole.Button, new() { Name = "Block tag" }).ClickAsync();
        }
        await page.GetByLabel("Tag to block").FillAsync("Not A Real Tag <script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Block tag" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("There is no tag called");
        await Expect(page.Locator(".blocklist .blocked-name a")).ToHaveTextAsync(["Drug Overdose", "Major Character Death", "Self-Harm"]);
        await BrowserFixture.ScreenshotAsync(page, $"blocklist-{device}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the blocklist page is {overflow}px wider than the {width}px viewport");
    }
}
