using System.Net;
using Encore.Community;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Community;

public class CommentTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "reader", "other" }) await _archive.CreateUserAsync(name);
        await _archive.CreateUserAsync("moderator", admin: true);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static async Task<int> CommentAsync(HttpClient client, int workId, int chapterId, string text, int? parent = null, string? guestName = null)
    {
        var fields = new Dictionary<string, string> { ["Input.ChapterId"] = chapterId.ToString(), ["Input.Text"] = text };
        if (parent != null) fields["Input.ParentId"] = parent.Value.ToString();
        if (guestName != null) fields["Input.GuestName"] = guestName;
        var response = await client.PostFormAsync($"/works/{workId}/comments/new", fields, formPage: $"/works/{workId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split("#comment-")[1]);
    }

    [Fact]
    public async Task Threaded_comments_show_under_their_chapter_and_in_the_entire_work_with_their_chapter()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Two Parts", chapters: 2)).Id);
        var (one, two) = (work.Chapters[0].Id, work.Chapters[1].Id);
        var reader = await _archive.SignInAsync("reader");
        var writer = await _archive.SignInAsync("writer");
        var first = await CommentAsync(reader, work.Id, one, "Loved the opening.\n\nSecond paragraph.");
        var reply = await CommentAsync(writer, work.Id, one, "Thank you!", parent: first);
        await CommentAsync(_archive.NewClient(), work.Id, two, "A guest's thoughts.", guestName: "Passer-by");

        var chapterOne = await reader.PageAsync($"/works/{work.Id}/chapters/{one}");
        Assert.Equal("Comments (2)", chapterOne.Text("#comments-heading"));
        Assert.Equal(2, chapterOne.QuerySelectorAll($"#comment-{first} > .comment-text p").Length);
        Assert.NotNull(chapterOne.QuerySelector($"#comment-{first} > .thread > #comment-{reply}"));
        Assert.Equal("writer", chapterOne.Text($"#comment-{reply} .comment-author"));
        Assert.DoesNotContain("A guest's thoughts.", chapterOne.Text("#comments"));

        var entire = await reader.PageAsync($"/works/{work.Id}?view_full_work=true");
        Assert.Equal("Comments (3)", entire.Text("#comments-heading"));
        Assert.Equal(["on Chapter 1", "on Chapter 2"], entire.Texts(".comment-chapter"));
        Assert.Equal("Passer-by", entire.Text("#comments > .thread > .comment:last-child > .comment-byline .comment-author"));
        Assert.Equal(3, (await _archive.WorkAsync(work.Id)).CommentCount);
        Assert.Contains("Comments:", entire.Texts(".work-meta .stats dt"));
    }

    [Fact]
    public async Task The_creator_and_the_commenter_replied_to_hear_of_comments_in_their_inbox()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Inbox Work")).Id);
        var reader = await _archive.SignInAsync("reader");
        var first = await CommentAsync(reader, work.Id, work.Chapters[0].Id, "Hello");
        var reply = await CommentAsync(await _archive.SignInAsync("other"), work.Id, work.Chapters[0].Id, "Agreed", parent: first);

        await using var db = _archive.OpenDb();
        var items = await db.Inbox.Where(i => i.Kind == InboxKind.Comment)
            .Select(i => new { db.Users.Single(u => u.Id == i.UserId).UserName, i.CommentId }).ToListAsync();
        Assert.Equal(2, items.Count(i => i.UserName == "writer"));
        Assert.Equal([reply], items.Where(i => i.UserName == "reader").Select(i => i.CommentId!.Value));
        Assert.DoesNotContain(items, i => i.UserName == "other");
        var inbox = await reader.PageAsync("/inbox");
        Assert.Contains("New comment on Inbox Work", inbox.Text(".inbox-item.unread"));
        Assert.EndsWith($"#comment-{reply}", inbox.QuerySelector(".inbox-item a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Guests_cannot_comment_when_the_creator_turns_guest_comments_off()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Members Talk")).Id);
        var other = await _archive.SignInAsync("other");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"/works/{work.Id}/comments/settings", new() { ["AllowGuestComments"] = "false" }, formPage: "/account")).StatusCode);
        Assert.True((await _archive.WorkAsync(work.Id)).AllowGuestComments);

        var writer = await _archive.SignInAsync("writer");
        var saved = await writer.PostFormAsync($"/works/{work.Id}/comments/settings", new() { ["AllowGuestComments"] = "false" });
        Assert.Contains("have been saved", await saved.ReadHtmlAsync());
        Assert.False((await _archive.WorkAsync(work.Id)).AllowGuestComments);

        var guest = _archive.NewClient();
        var page = await guest.PageAsync($"/works/{work.Id}");
        Assert.Null(page.QuerySelector(".comment-form"));
        Assert.Contains("doesn't allow non-Archive users to comment", page.Text("#comments"));
        var refused = await guest.PostFormAsync($"/works/{work.Id}/comments/new",
            new() { ["Input.ChapterId"] = work.Chapters[0].Id.ToString(), ["Input.Text"] = "Let me in", ["Input.GuestName"] = "Guest" }, formPage: "/login");
        Assert.Contains("doesn't allow non-Archive users to comment", await refused.ReadHtmlAsync());
        Assert.Equal(0, await CountAsync(work.Id));
        await CommentAsync(await _archive.SignInAsync("reader"), work.Id, work.Chapters[0].Id, "Signed-in readers still can.");
    }

    [Fact]
    public async Task Too_long_or_empty_comments_and_guests_without_a_name_get_clear_errors()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Limits")).Id);
        var chapter = work.Chapters[0].Id.ToString();
        var reader = await _archive.SignInAsync("reader");
        var tooLong = await reader.PostFormAsync($"/works/{work.Id}/comments/new", new() { ["Input.ChapterId"] = chapter, ["Input.Text"] = new string('a', 10_001) }, formPage: $"/works/{work.Id}");
        var page = Html.Parse(await tooLong.ReadHtmlAsync());
        Assert.Equal("Your comment must be at most 10,000 characters long (it has 10,001).", page.Text("#comment-text-error"));
        Assert.Equal(10_001, page.Text("#Input_Text").Length);
        var guest = _archive.NewClient();
        var nameless = await guest.PostFormAsync($"/works/{work.Id}/comments/new", new() { ["Input.ChapterId"] = chapter, ["Input.Text"] = "Hi" }, formPage: $"/works/{work.Id}");
        Assert.Equal("Please enter your name.", Html.Parse(await nameless.ReadHtmlAsync()).Text("#guest-name-error"));
        Assert.Equal(0, await CountAsync(work.Id));
        await CommentAsync(reader, work.Id, work.Chapters[0].Id, new string('b', 10_000));
    }

    [Fact]
    public async Task Commenters_edit_their_own_comments_and_nobody_else_can()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Edits")).Id);
        var reader = await _archive.SignInAsync("reader");
        var id = await CommentAsync(reader, work.Id, work.Chapters[0].Id, "Frist!");

        foreach (var name in new[] { "other", "writer", "moderator" })
        {
            var client = await _archive.SignInAsync(name);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/comments/{id}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/comments/{id}/edit", new() { ["Text"] = "Hijacked" }, formPage: "/account")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await _archive.NewClient().GetAsync($"/comments/{id}/edit")).StatusCode);  // to log in
        Assert.Contains("Frist!", await ContentAsync(id));

        var edited = await reader.PostFormAsync($"/comments/{id}/edit", new() { ["Text"] = "First!" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var page = await reader.PageAsync($"/works/{work.Id}");
        Assert.Equal("First!", page.Text($"#comment-{id} .comment-text"));
        Assert.Equal("Edited", page.Text($"#comment-{id} .comment-edited"));
        Assert.Equal("Edit", page.Text($"#comment-{id} .comment-actions a[href$='/edit']"));
        Assert.Null((await (await _archive.SignInAsync("other")).PageAsync($"/works/{work.Id}")).QuerySelector($"#comment-{id} a[href$='/edit']"));
    }

    [Fact]
    public async Task Deleting_keeps_a_comment_with_replies_as_a_placeholder_and_removes_one_without()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Deletions")).Id);
        var chapter = work.Chapters[0].Id;
        var reader = await _archive.SignInAsync("reader");
        var other = await _archive.SignInAsync("other");
        var parent = await CommentAsync(reader, work.Id, chapter, "Parent words");
        var reply = await CommentAsync(other, work.Id, chapter, "Reply words", parent);
        var lone = await CommentAsync(reader, work.Id, chapter, "Lone words");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"/comments/{parent}/delete", new(), formPage: "/account")).StatusCode);
        Assert.Equal(3, await CountAsync(work.Id));

        await reader.PostFormAsync($"/comments/{parent}/delete", new(), formPage: "/account");
        await reader.PostFormAsync($"/comments/{lone}/delete", new(), formPage: "/account");
        var page = await _archive.NewClient().PageAsync($"/works/{work.Id}");
        Assert.Equal("This comment has been deleted.", page.Text($"#comment-{parent} .comment-deleted"));
        Assert.DoesNotContain("Parent words", page.Text("#comments"));
        Assert.Equal("Reply words", page.Text($"#comment-{parent} > .thread > #comment-{reply} .comment-text"));
        Assert.Null(page.QuerySelector($"#comment-{lone}"));
        Assert.Equal("Comments (1)", page.Text("#comments-heading"));
        Assert.Equal(1, (await _archive.WorkAsync(work.Id)).CommentCount);

        // Replying to the deleted comment itself is refused; replying within its thread is not.
        var refused = await reader.PostFormAsync($"/works/{work.Id}/comments/new",
            new() { ["Input.ChapterId"] = chapter.ToString(), ["Input.ParentId"] = parent.ToString(), ["Input.Text"] = "Hello?" }, formPage: "/account");
        var refusedHtml = await refused.ReadHtmlAsync();
        Assert.Contains("can't be replied to", Html.Parse(refusedHtml).Text(".error-summary"));
        var deeper = await CommentAsync(reader, work.Id, chapter, "Replying to the reply", reply);
        page = await _archive.NewClient().PageAsync($"/works/{work.Id}");
        Assert.NotNull(page.QuerySelector($"#comment-{parent} #comment-{reply} > .thread > #comment-{deeper}"));

        // When the last replies go, the placeholder has nothing left to hold up.
        await reader.PostFormAsync($"/comments/{deeper}/delete", new(), formPage: "/account");
        await other.PostFormAsync($"/comments/{reply}/delete", new(), formPage: "/account");
        await using var db = _archive.OpenDb();
        Assert.False(await db.Comments.AnyAsync(c => c.WorkId == work.Id));
    }

    [Fact]
    public async Task Creators_moderate_comments_on_their_work_and_admins_remove_any_comment()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Moderated")).Id);
        var chapter = work.Chapters[0].Id;
        var reader = await _archive.SignInAsync("reader");
        var rude = await CommentAsync(reader, work.Id, chapter, "Rude words");
        var spam = await CommentAsync(_archive.NewClient(), work.Id, chapter, "Spam words", guestName: "Spammer");

        var writer = await _archive.SignInAsync("writer");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostFormAsync($"/comments/{rude}/delete", new(), formPage: "/account")).StatusCode);
        var admin = await _archive.SignInAsync("moderator");
        var adminView = await admin.PageAsync($"/works/{work.Id}");
        Assert.Equal("Remove", adminView.Text($"#comment-{spam} .comment-actions button"));
        await admin.PostFormAsync($"/comments/{spam}/delete", new(), formPage: "/account");

        var page = await reader.PageAsync($"/works/{work.Id}");
        Assert.Null(page.QuerySelector($"#comment-{rude}"));
        Assert.Equal("This comment was removed by an admin.", page.Text($"#comment-{spam} .comment-deleted"));
        Assert.DoesNotContain("Spam words", page.Text("#comments"));
        await using var db = _archive.OpenDb();
        Assert.Equal(CommentRemoval.ByAdmin, (await db.Comments.SingleAsync(c => c.Id == spam)).Removal);
        Assert.Equal(0, (await _archive.WorkAsync(work.Id)).CommentCount);
    }

    private async Task<int> CountAsync(int workId)
    {
        await using var db = _archive.OpenDb();
        return await db.Comments.CountAsync(c => c.WorkId == workId);
    }

    private async Task<string> ContentAsync(int id)
    {
        await using var db = _archive.OpenDb();
        return await db.Comments.Where(c => c.Id == id).Select(c => c.Content).SingleAsync();
    }
}
