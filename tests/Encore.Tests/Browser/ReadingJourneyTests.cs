using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// What a reader does: open the archive, pick a work, read chapter by chapter, switch to the entire work.
// JavaScript is off in these pages: everything must work without it.
[Collection("browser")]
public sealed class ReadingJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_reader_follows_a_work_through_its_chapters(int width, int height, string device)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, $"home-{device}");
        Assert.Equal("Encore", await page.TitleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Eight Counts of Quiet" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/works/\d+$"));
        await Expect(page.Locator("h1.work-title")).ToHaveTextAsync("Eight Counts of Quiet");
        await Expect(page.Locator(".chapter-heading")).ToHaveTextAsync("Chapter 1: The Sign-In Sheet");
        await BrowserFixture.ScreenshotAsync(page, $"work-{device}");

        await page.Locator(".chapter-nav").First.GetByRole(AriaRole.Link, new() { Name = "Next Chapter →" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/chapters/\d+$"));
        await Expect(page.Locator(".chapter-heading")).ToHaveTextAsync("Chapter 2: Warm-Ups");

        await page.Locator(".chapter-nav").First.GetByRole(AriaRole.Link, new() { Name = "← Previous Chapter" }).ClickAsync();
        await Expect(page.Locator(".chapter-heading")).ToHaveTextAsync("Chapter 1: The Sign-In Sheet");

        await page.Locator(".chapter-nav").First.GetByRole(AriaRole.Link, new() { Name = "Entire Work" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("view_full_work=true$"));
        await Expect(page.Locator(".chapter-heading")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, $"entire-work-{device}");

        // Nothing on the page is wider than the screen (no sideways scrolling on a phone).
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the {width}px viewport");
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_setting()
    {
        var page = await fixture.NewPageAsync(1280, 900, ColorScheme.Dark);
        await page.GotoAsync("/works");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(23, 21, 26)", background);
        await BrowserFixture.ScreenshotAsync(page, "works-dark");
    }

    [Fact]
    public async Task Keyboard_users_can_skip_to_the_content_and_reach_links()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("#main$"));
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('main') ? 'main' : 'elsewhere'");
        Assert.Equal("main", focused);
    }

    [Fact]
    public async Task Suggested_tags_are_folded_apart_from_the_creators_and_open_from_the_keyboard()
    {
        int id;
        await using (var db = fixture.Archive.OpenDb())
        {
            var analyzer = new Encore.Understanding.TextAnalyzer(await Encore.Understanding.KnowledgeBase.LoadAsync(db));
            var work = await new Encore.Works.WorkPosting(db, TimeProvider.System, analyzer).PostAsync(Support.Posting.Work("The Long Night",
                "<p>Ivy overdosed the night after the opening. Derek found her on the bathroom floor and called an ambulance.</p><p>She spent two days in the hospital. Karen sat with Ivy every afternoon and read her the reviews.</p>")
                with { Fandoms = ["Smash (TV 2012)"] });
            id = work.Id;
        }
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync($"/works/{id}");
        var box = page.Locator("details.suggested");
        await Expect(box).Not.ToHaveAttributeAsync("open", new Regex(".*"));
        await Expect(box.Locator(".suggested-list").First).ToBeHiddenAsync();
        await box.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(box.Locator(".suggested-tag").First).ToBeVisibleAsync();
        await Expect(box).ToContainTextAsync("Drug Overdose");
        await Expect(box).ToContainTextAsync("Ivy overdosed the night after the opening.");
        await BrowserFixture.ScreenshotAsync(page, "work-suggestions");
    }

    [Fact]
    public async Task A_missing_work_shows_the_not_found_page()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        var response = await page.GotoAsync("/works/424242");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "not-found");
    }
}
