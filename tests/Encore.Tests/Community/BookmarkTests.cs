using System.Net;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Community;

public class BookmarkTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "reader", "other" }) await _archive.CreateUserAsync(name);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static Task<HttpResponseMessage> BookmarkAsync(HttpClient client, int workId, string notes, string tags, bool isPrivate = false) =>
        client.PostFormAsync($"/works/{workId}/bookmark", new()
        {
            ["Input.Notes"] = notes, ["Input.Tags"] = tags, ["Input.IsPrivate"] = isPrivate ? "true" : "false", ["Input.IsRec"] = "true",
        });

    [Fact]
    public async Task A_bookmark_is_made_edited_listed_with_its_notes_and_tags_and_deleted()
    {
        var work = await _archive.PostByAsync("writer", "Keeper");
        var reader = await _archive.SignInAsync("reader");
        var made = await BookmarkAsync(reader, work.Id, "Read this twice.", "comfort, favourites, comfort");
        Assert.Equal("/users/reader/bookmarks", made.Headers.Location!.OriginalString);
        Assert.Equal("Edit Bookmark", (await reader.PageAsync($"/works/{work.Id}")).Text(".work-actions a[href$='/bookmark']"));

        await BookmarkAsync(reader, work.Id, "Read this three times.", "comfort");
        await using (var db = _archive.OpenDb()) Assert.Equal(1, await db.Bookmarks.CountAsync(b => b.WorkId == work.Id));
        var page = await _archive.NewClient().PageAsync("/users/reader/bookmarks");
        Assert.Equal("Keeper", page.Text(".blurb-title a"));
        Assert.Equal("Read this three times.", page.Text(".bookmark-notes"));
        Assert.Equal(["comfort"], page.Texts(".bookmark-own .tag"));
        Assert.Equal("Rec", page.Text(".badge.rec"));
        // A search of the bookmarks quotes the story text it matched, as every other work list does.
        var searched = await _archive.NewClient().PageAsync("/users/reader/bookmarks?q=chapter");
        Assert.Equal(["chapter"], searched.QuerySelectorAll(".blurb + .snippets mark").Select(m => m.TextContent.ToLowerInvariant()).Distinct());
        Assert.Equal(1, (await _archive.WorkAsync(work.Id)).BookmarkCount);
        Assert.Equal("1", Html.Parse(await _archive.GetHtmlAsync("/works")).QuerySelectorAll(".blurb .stats div")
            .Single(d => d.TextContent.StartsWith("Bookmarks")).QuerySelector("dd")!.TextContent);

        await reader.PostFormAsync($"/works/{work.Id}/bookmark?handler=Delete", new(), formPage: $"/works/{work.Id}/bookmark");
        Assert.Equal("No bookmarks to show.", (await reader.PageAsync("/users/reader/bookmarks")).Text(".empty"));
        Assert.Equal(0, (await _archive.WorkAsync(work.Id)).BookmarkCount);
    }

    [Fact]
    public async Task A_private_bookmark_is_seen_only_by_its_owner_and_not_counted()
    {
        var work = await _archive.PostByAsync("writer", "Secret Favourite");
        var reader = await _archive.SignInAsync("reader");
        await BookmarkAsync(reader, work.Id, "Nobody needs to know.", "guilty pleasure", isPrivate: true);

        Assert.Equal("Private", (await reader.PageAsync("/users/reader/bookmarks")).Text(".badge.private"));
        foreach (var client in new[] { _archive.NewClient(), await _archive.SignInAsync("other"), await _archive.SignInAsync("writer") })
        {
            var page = await client.PageAsync("/users/reader/bookmarks");
            Assert.Null(page.QuerySelector(".blurb"));
            Assert.DoesNotContain("Nobody needs to know", page.Body!.TextContent);
        }
        Assert.Equal(0, (await _archive.WorkAsync(work.Id)).BookmarkCount);
    }

    [Fact]
    public async Task Bookmarks_of_works_the_viewer_may_not_see_are_left_out()
    {
        var restricted = await _archive.PostByAsync("writer", "Members Only", change: w => w with { Restricted = true });
        var reader = await _archive.SignInAsync("reader");
        await BookmarkAsync(reader, restricted.Id, "Public note", "");
        Assert.Equal("Members Only", (await (await _archive.SignInAsync("other")).PageAsync("/users/reader/bookmarks")).Text(".blurb-title a"));
        Assert.Null((await _archive.NewClient().PageAsync("/users/reader/bookmarks")).QuerySelector(".blurb"));
        Assert.Equal(HttpStatusCode.Redirect, (await _archive.NewClient().GetAsync($"/works/{restricted.Id}/bookmark")).StatusCode);
    }

    [Fact]
    public async Task Notes_over_the_limit_get_a_clear_error_and_nothing_is_saved()
    {
        var work = await _archive.PostByAsync("writer", "Long Notes");
        var reader = await _archive.SignInAsync("reader");
        var page = Html.Parse(await (await BookmarkAsync(reader, work.Id, new string('n', 5001), "")).ReadHtmlAsync());
        Assert.Equal("Notes must be at most 5,000 characters long (they have 5,001).", page.Text(".error-summary li"));
        await using var db = _archive.OpenDb();
        Assert.False(await db.Bookmarks.AnyAsync());
    }
}
