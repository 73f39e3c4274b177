using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Readers;

public sealed class SettingsTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("reader");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static Dictionary<string, string> Form(string font, string width, string theme, bool hideTags = false, bool blockSuggested = true)
    {
        var form = new Dictionary<string, string> { ["Input.FontPercent"] = font, ["Input.LineWidth"] = width, ["Input.Theme"] = theme };
        if (hideTags) form["Input.HideAdditionalTags"] = "true";
        if (blockSuggested) form["Input.BlockSuggestedTags"] = "true";
        return form;
    }

    [Fact]
    public async Task Saved_settings_go_to_the_user_row_and_become_classes_on_every_page()
    {
        var reader = await _archive.SignInAsync("reader");
        Assert.Equal("theme-system width-medium font-100", Html.Parse(await reader.GetStringAsync("/")).Body!.ClassName);
        var page = Html.Parse(await reader.GetStringAsync("/account/settings"));
        Assert.Equal("100", page.QuerySelector("select#Input_FontPercent option[selected]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Input_BlockSuggestedTags[checked]"));

        var saved = await reader.PostFormAsync("/account/settings", Form("150", "Wide", "Dark", hideTags: true, blockSuggested: false));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var after = Html.Parse(await reader.GetStringAsync("/account/settings"));
        Assert.Equal("theme-dark width-wide font-150", after.Body!.ClassName);
        Assert.Contains("Your settings are saved", after.Text(".notice"));
        Assert.Equal("theme-dark width-wide font-150", Html.Parse(await reader.GetStringAsync("/works")).Body!.ClassName);
        Assert.Equal("theme-system width-medium font-100", Html.Parse(await _archive.NewClient().GetStringAsync("/works")).Body!.ClassName);

        await using var db = _archive.OpenDb();
        var settings = await db.Users.AsNoTracking().Where(u => u.UserName == "reader").Select(u => u.Settings).SingleAsync();
        Assert.Equal((150, LineWidth.Wide, Theme.Dark, true, false),
            (settings.FontPercent, settings.LineWidth, settings.Theme, settings.HideAdditionalTags, settings.BlockSuggestedTags));
    }

    [Fact]
    public async Task Sizes_and_themes_outside_the_choices_are_refused()
    {
        var reader = await _archive.SignInAsync("reader");
        var page = Html.Parse(await (await reader.PostFormAsync("/account/settings", Form("137", "Medium", "Dark"))).ReadHtmlAsync());
        Assert.Contains("Choose one of the text sizes", page.Text(".error-summary"));
        page = Html.Parse(await (await reader.PostFormAsync("/account/settings", Form("100", "Purple", "7"))).ReadHtmlAsync());
        Assert.Contains("Choose system, light or dark", page.Text(".error-summary"));
        Assert.Contains("Choose narrow, medium or wide", page.Text(".error-summary"));
        Assert.DoesNotContain("is not valid", page.Text(".error-summary"));
        await using var db = _archive.OpenDb();
        Assert.Equal(Theme.System, await db.Users.AsNoTracking().Select(u => u.Settings.Theme).SingleAsync());
    }

    [Fact]
    public async Task Additional_tags_fold_behind_a_summary_in_blurbs_and_on_the_work_page()
    {
        var work = await Listings.PostAsync(_archive, "reader", "Spoiled Ending", w => w with { AdditionalTags = ["Everyone Dies", "Twist"], Characters = ["Ana"] });
        var reader = await _archive.SignInAsync("reader");
        Assert.Null(Html.Parse(await reader.GetStringAsync("/works")).QuerySelector(".freeform-fold"));
        await reader.PostFormAsync("/account/settings", Form("100", "Medium", "System", hideTags: true));

        foreach (var path in new[] { "/works", $"/works/{work.Id}" })
        {
            var doc = Html.Parse(await reader.GetStringAsync(path));
            Assert.Equal("Additional tags (2)", doc.Text(".freeform-fold details > summary"));
            Assert.Equal(["Everyone Dies", "Twist"], doc.Texts(".freeform-fold details li a"));
            Assert.Null(doc.QuerySelector(".freeform-fold details[open]"));
            Assert.Contains("Ana", doc.Texts("a.tag"));
        }
        Assert.Null(Html.Parse(await _archive.NewClient().GetStringAsync($"/works/{work.Id}")).QuerySelector(".freeform-fold"));
    }
}
