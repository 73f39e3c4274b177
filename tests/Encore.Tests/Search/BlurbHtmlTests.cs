using Encore.Tests.Community;
using Encore.Tests.PostingPages;
using Encore.Tests.Support;

namespace Encore.Tests.Search;

// A blurb's HTML is rendered once and written again from then on (Pages/Shared/BlurbHtml): a list shown after a
// change must show the work as it is now, not as it was first rendered.
public sealed class BlurbHtmlTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private const string Page = "/tags/Lighthouses/works";

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "reader" }) await _archive.CreateUserAsync(name);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task A_list_shows_a_work_as_it_is_after_it_changes()
    {
        var writer = await _archive.SignInAsync("writer");
        var reader = await _archive.SignInAsync("reader");
        var id = await writer.PostWorkAsync(PostingForms.Work("First Light"));
        var guest = _archive.NewClient();

        // Twice, so the second list is written from what the first rendered.
        for (var i = 0; i < 2; i++)
        {
            var page = await guest.PageAsync(Page);
            Assert.Equal(["First Light"], page.Texts(".blurb-title a"));
            Assert.DoesNotContain("Kudos", page.Texts(".stats dt"));
        }

        var edit = PostingForms.Work("Second Light").Set("Input.AdditionalTags", "Lighthouses, Storms");
        edit.RemoveAll(f => f.Key.StartsWith("Input.Chapters"));
        await writer.SubmitAsync($"/works/{id}/edit?handler=Save", edit, $"/works/{id}/edit");
        await reader.PostFormAsync($"/works/{id}/kudos", new(), formPage: $"/works/{id}");

        var after = await guest.PageAsync(Page);
        Assert.Equal(["Second Light"], after.Texts(".blurb-title a"));
        Assert.Contains("Storms", after.Texts(".blurb .tags a"));
        Assert.Contains("Kudos", after.Texts(".stats dt"));
    }

    [Fact]
    public async Task Readers_who_fold_additional_tags_and_readers_who_do_not_each_get_their_own_blurbs()
    {
        var writer = await _archive.SignInAsync("writer");
        await writer.PostWorkAsync(PostingForms.Work("Folding Light"));
        var folding = await _archive.SignInAsync("reader");
        await folding.PostFormAsync("/account/settings", new()
        {
            ["Input.FontPercent"] = "100", ["Input.LineWidth"] = "Medium", ["Input.Theme"] = "System", ["Input.HideAdditionalTags"] = "true",
        });
        var guest = _archive.NewClient();

        // In turns, so each is shown after the other's rendering was kept.
        for (var i = 0; i < 2; i++)
        {
            Assert.Empty((await guest.PageAsync(Page)).QuerySelectorAll(".freeform-fold"));
            var folded = await folding.PageAsync(Page);
            Assert.Equal("Additional tags (2)", folded.Text(".freeform-fold details > summary"));
        }
    }
}
