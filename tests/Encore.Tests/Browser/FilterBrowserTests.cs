using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// A guest narrows a fandom's works with the sidebar, JavaScript off: tick a facet, submit, see the narrower list at
// its stable address; exclude a tag and sort; mistype a number and see why. Desktop and phone.
[Collection("browser")]
public sealed partial class FilterBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 812, "phone")]
    public async Task A_guest_ticks_a_facet_and_sees_the_narrowed_list(int width, int height, string device)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(Encore.Web.Links.TagWorks("Smash (TV 2012)"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Works in Smash (TV 2012)");
        await BrowserFixture.ScreenshotAsync(page, $"filter-tag-page-{device}");

        var form = page.Locator("form#work-filter");
        if (device == "phone")
        {
            // Folded above the list on a phone; open on a wide screen.
            await Expect(form).Not.ToBeVisibleAsync();
            Assert.True(await IsAbove(page, "details.filters", ".work-list"));
            await page.Locator("details.filters > summary").ClickAsync();
        }
        else Assert.True(await IsLeftOf(page, "details.filters", ".work-list"));
        await Expect(form).ToBeVisibleAsync();

        var characters = page.Locator("#filter-characters");
        var ivy = characters.GetByRole(AriaRole.Checkbox, new() { NameRegex = IvyLabel() });
        var count = int.Parse(Regex.Match(await characters.GetByText(IvyLabel()).InnerTextAsync(), @"\((\d+)\)").Groups[1].Value);
        await ivy.CheckAsync();
        await Submit(page).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/works\?include=Ivy\+Lynn$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{count} Works in Smash (TV 2012)");
        var titles = await page.Locator(".blurb-title a").AllInnerTextsAsync();
        Assert.Equal(count, titles.Count);
        Assert.Contains("Eight Counts of Quiet", titles);
        Assert.DoesNotContain("Entracte", titles);
        if (device == "phone") await page.Locator("details.filters > summary").ClickAsync();
        await Expect(page.Locator("#filter-characters").GetByRole(AriaRole.Checkbox, new() { NameRegex = IvyLabel() })).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, $"filter-narrowed-{device}");
        // The sidebar alone, to look at closely.
        await page.Locator("details.filters").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"filter-sidebar-{device}.png") });

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Exclude Angst", Exact = true }).CheckAsync();
        await page.GetByLabel("Sort by").SelectOptionAsync(new SelectOptionValue { Label = "Title" });
        await Submit(page).Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?include=Ivy\+Lynn&exclude=Angst&sort=title$"));
        titles = await page.Locator(".blurb-title a").AllInnerTextsAsync();
        Assert.Contains("Eight Counts of Quiet", titles);
        Assert.DoesNotContain("Notes From the Back Row", titles);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase).ToList(), titles);

        if (device == "phone") await page.Locator("details.filters > summary").ClickAsync();
        await page.GetByLabel("From", new() { Exact = true }).First.FillAsync("lots");
        await Submit(page).First.ClickAsync();
        await Expect(page.Locator("#filter-words_from-error")).ToContainTextAsync("whole number");
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        Assert.Contains("Eight Counts of Quiet", await page.Locator(".blurb-title a").AllInnerTextsAsync());
        await BrowserFixture.ScreenshotAsync(page, $"filter-problem-{device}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the filtered list is {overflow}px wider than the {width}px viewport");
    }

    [Fact]
    public async Task The_full_list_of_a_facet_ticks_into_the_sidebars_form()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync(Encore.Web.Links.TagWorks("Smash (TV 2012)"));
        await page.GetByRole(AriaRole.Link, new() { Name = "All additional tags" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/works\?more=additional_tags$"));
        await Expect(page.Locator("#facet-full h2")).ToContainTextAsync("Additional Tags in these works");
        await BrowserFixture.ScreenshotAsync(page, "filter-more-desktop");

        await page.Locator("#facet-full").GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Songwriting \(\d+\)$") }).CheckAsync();
        await page.Locator("#facet-full").GetByRole(AriaRole.Button, new() { Name = "Sort and filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/works\?include=Songwriting$"));
        Assert.Equal(["Entracte"], await page.Locator(".blurb-title a").AllInnerTextsAsync());
    }

    private static ILocator Submit(IPage page) => page.Locator("#work-filter .filter-buttons button[type=submit]");

    [GeneratedRegex(@"^Ivy Lynn \(\d+\)$")]
    private static partial Regex IvyLabel();

    private static async Task<bool> IsAbove(IPage page, string upper, string lower) =>
        (await page.Locator(upper).BoundingBoxAsync())!.Y + 1 < (await page.Locator(lower).BoundingBoxAsync())!.Y;

    private static async Task<bool> IsLeftOf(IPage page, string left, string right) =>
        (await page.Locator(left).BoundingBoxAsync())!.X + 1 < (await page.Locator(right).BoundingBoxAsync())!.X;
}
