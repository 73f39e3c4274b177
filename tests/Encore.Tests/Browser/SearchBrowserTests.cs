using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// A guest searches the sample works from the header's search box, JavaScript off, and reads the excerpts with the
// words marked. Desktop and phone.
[Collection("browser")]
public sealed partial class SearchBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_guest_searches_from_the_header_and_reads_marked_excerpts(int width, int height, string device)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await page.GetByLabel("Search works").FillAsync("night OR lamp*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SearchUrl());
        await Expect(page.Locator(".blurb").First).ToBeVisibleAsync();
        var marks = await page.Locator(".snippet mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches(MarkedWord(), m));
        // Each work's excerpts come right under its blurb.
        Assert.Equal(await page.Locator(".snippets").CountAsync(), await page.Locator(".blurb + .snippets").CountAsync());
        // The words are now the sidebar's, to refine with the filters; the header's box is empty for a new search.
        await Expect(page.Locator("#filter-q")).ToHaveValueAsync("night OR lamp*");
        await Expect(page.Locator("#site-search-q")).ToHaveValueAsync("");
        await BrowserFixture.ScreenshotAsync(page, $"search-excerpts-{device}");
        await page.Locator(".work-list").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"search-excerpts-list-{device}.png") });

        // Nothing spills sideways on a phone.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }

    [GeneratedRegex(@"/works/search\?q=night(\+|%20)OR(\+|%20)lamp(\*|%2A)$")]
    private static partial Regex SearchUrl();

    [GeneratedRegex("^(?i:night|lamp[a-z]*)$")]
    private static partial Regex MarkedWord();
}
