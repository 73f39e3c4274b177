using Encore.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Encore.Tests.Browser;

// With JavaScript on, a tag field offers whole-field completions for the tag being typed after a comma; with it off
// the same field is plain text with a list of common tags (the other posting tests).
[Collection("browser")]
public sealed class TagAutocompleteBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Typing_after_a_comma_offers_the_rest_of_the_tag()
    {
        await fixture.Archive.CreateUserAsync("typist");
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Archive.BaseAddress.ToString(), JavaScriptEnabled = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name or email").FillAsync("typist");
        await page.GetByLabel("Password").FillAsync(TestPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GotoAsync("/works/new");
        var characters = page.GetByLabel("Characters");
        await characters.PressSequentiallyAsync("Ivy Lynn, Kare");
        var list = page.Locator($"#{await characters.GetAttributeAsync("list")} option");
        await Expect(list.First).ToHaveAttributeAsync("value", "Ivy Lynn, Karen Cartwright");
    }
}
