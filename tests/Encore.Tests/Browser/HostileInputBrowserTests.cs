using Encore.Tests.PostingPages;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Encore.Tests.Browser;

// Script typed into every field people write in, opened in a real browser with JavaScript ON: nothing runs. (The
// other browser tests keep JavaScript off to prove the pages work without it; this one needs it on to prove the
// attack fails.) Each payload tries to set window.pwned or open a dialog.
[Collection("browser")]
public sealed class HostileInputBrowserTests(BrowserFixture fixture)
{
    private const string Attack = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"><a href=\"javascript:window.pwned=3\">link</a><b onmouseover=\"window.pwned=4\">hover</b>";

    [Fact]
    public async Task Script_in_every_text_field_stays_inert_in_the_browser()
    {
        var archive = fixture.Archive;
        await archive.CreateUserAsync("mallory");
        var mallory = await archive.SignInAsync("mallory");

        var fields = PostingForms.Work("<script>window.pwned=5</script>Title", "<p>Chapter</p>" + Attack)
            .Set("Input.Summary", Attack).Set("Input.Notes", Attack).Set("Input.EndNotes", Attack)
            .Set("Input.Characters", "\"onmouseover\"'quoted', Plain Name")
            .Set("Input.AdditionalTags", "javascript:window.pwned, \"quoted\" tag")
            .Set("Input.Chapters[0].Title", "<img src=x onerror=\"window.pwned=6\">");
        var work = await mallory.PostWorkAsync(fields);
        var chapter = await FirstChapterAsync(archive, work);
        await mallory.PostFormAsync($"/works/{work}/comments/new", new() { ["Input.ChapterId"] = chapter, ["Input.Text"] = Attack }, formPage: $"/works/{work}");
        await mallory.PostFormAsync($"/works/{work}/bookmark", new() { ["Input.Notes"] = Attack, ["Input.Tags"] = "<script>window.pwned=7</script>" });
        await mallory.PostFormAsync("/account/profile", new() { ["Input.Text"] = Attack });
        var pseud = await mallory.PostFormAsync("/account/pseuds?handler=Add", new() { ["Input.Name"] = "<script>window.pwned=8</script>" }, formPage: "/account/pseuds");
        Assert.Contains("letters, numbers, spaces and underscores", await pseud.Content.ReadAsStringAsync());

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = archive.BaseAddress.ToString(), JavaScriptEnabled = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        foreach (var path in new[] { $"/works/{work}", $"/works/{work}?view_full_work=true", "/works", "/", "/users/mallory", "/users/mallory/bookmarks" })
        {
            await page.GotoAsync(path);
            foreach (var element in await page.QuerySelectorAllAsync(".userstuff b, .summary b, .notes b, .comments b"))
                await element.HoverAsync(new() { Timeout = 2000 });
            Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        }
        Assert.Equal(0, dialogs);
        await page.GotoAsync($"/works/{work}");
        Assert.Contains("<script>window.pwned=5</script>Title", await page.Locator("h1.work-title").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "hostile-input-work");
    }

    private static async Task<string> FirstChapterAsync(TestArchive archive, int work)
    {
        await using var db = archive.OpenDb();
        return (await db.Chapters.Where(c => c.WorkId == work).OrderBy(c => c.Position).Select(c => c.Id).FirstAsync()).ToString();
    }
}
