using AngleSharp.Dom;
using Encore.Tests.Support;

namespace Encore.Tests.Community;

// Script in everything readers type — comments, guest names, bookmark notes and tags — arrives as inert text.
public class HostileInputTests : IAsyncLifetime
{
    private const string Attack = "<script>alert(1)</script><img src=x onerror=alert(2)><b onmouseover=alert(3)>bold</b>";
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "reader" }) await _archive.CreateUserAsync(name);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Script_in_comments_guest_names_and_bookmarks_renders_inert()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Target")).Id);
        var chapter = work.Chapters[0].Id.ToString();
        var guest = _archive.NewClient();
        await guest.PostFormAsync($"/works/{work.Id}/comments/new",
            new() { ["Input.ChapterId"] = chapter, ["Input.Text"] = Attack, ["Input.GuestName"] = "<script>alert(4)</script>\" onmouseover=\"alert(5)" }, formPage: $"/works/{work.Id}");
        var reader = await _archive.SignInAsync("reader");
        await reader.PostFormAsync($"/works/{work.Id}/bookmark", new() { ["Input.Notes"] = Attack, ["Input.Tags"] = "<script>alert(6)</script>, <img src=x onerror=alert(7)>" });

        var workPage = await guest.PageAsync($"/works/{work.Id}");
        AssertInert(workPage);
        Assert.Equal("bold", workPage.Text(".comment-text b"));
        Assert.Contains("<script>alert(4)</script>", workPage.Text(".comment-author"));
        var bookmarks = await guest.PageAsync("/users/reader/bookmarks");
        AssertInert(bookmarks);
        Assert.Equal(["<script>alert(6)</script>", "<img src=x onerror=alert(7)>"], bookmarks.Texts(".bookmark-own .tag"));
        AssertInert(await reader.PageAsync($"/works/{work.Id}/bookmark"));
    }

    private static void AssertInert(IDocument page)
    {
        page.AssertOnlySiteScripts();
        var handlers = page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{e.LocalName}[{a.Name}]"));
        Assert.Empty(handlers);
    }
}
