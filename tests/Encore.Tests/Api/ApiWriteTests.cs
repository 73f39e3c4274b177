using System.Net;
using System.Net.Http.Json;
using System.Text;
using Encore.Data;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// Every API write, refused without a token (401), with a read-only token (403) and where the HTML pages refuse
// (someone else's work: 403, or 404 when the work is not one the reader may see), each time changing nothing.
public sealed class ApiWriteTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private int _own, _others, _othersDraft;
    private string _writeToken = "", _readToken = "", _ownerToken = "";

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        var writer = await _archive.CreateUserAsync("writer");
        var owner = await _archive.CreateUserAsync("owner");
        await using var db = _archive.OpenDb();
        int Pseud(User u) => db.Pseuds.Single(p => p.UserId == u.Id).Id;
        _own = (await Posting.PostAsync(db, Posting.Work("Writer's Own") with { ExternalCreators = [], PseudIds = [Pseud(writer)] })).Id;
        _others = (await Posting.PostAsync(db, Posting.Work("Owner's Work") with { ExternalCreators = [], PseudIds = [Pseud(owner)] })).Id;
        _othersDraft = (await Posting.PostAsync(db, Posting.Work("Owner's Draft") with { ExternalCreators = [], PseudIds = [Pseud(owner)], IsDraft = true })).Id;
        db.Bookmarks.Add(new Encore.Community.Bookmark { UserId = owner.Id, PseudId = Pseud(owner), WorkId = _own, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await _archive.CatchUpAsync();
        _writeToken = await _archive.CreateAsync("writer", TokenScope.Write);
        _readToken = await _archive.CreateAsync("writer", TokenScope.Read);
        _ownerToken = await _archive.CreateAsync("owner", TokenScope.Write);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static object NewWork(string title = "Posted Through The API", string secondChapter = "<p>The second chapter's text.</p>") => new
    {
        title, fandoms = new[] { "API Fandom" }, additionalTags = new[] { "Brand New Tag" }, rating = "General Audiences",
        chapters = new object[] { new { content = "<p>The first chapter's text.</p>", title = "Start" }, new { content = secondChapter } },
    };

    // Every write: method, path, body (JSON, or raw bytes for the import).
    private IEnumerable<(string Name, Func<HttpClient, Task<HttpResponseMessage>> Send, int? OnOthersWork)> Writes(int work) =>
    [
        ("post work", c => c.PostAsJsonAsync("/api/v1/works", NewWork()), null),
        ("add chapter", c => c.PostAsJsonAsync($"/api/v1/works/{work}/chapters", new { content = "<p>A chapter added by the API.</p>" }), 403),
        ("import", c => c.PostAsync("/api/v1/works/import?filename=post.txt",
            new StringContent("Title: Imported Story\nFandom: API Fandom\n\nOnce upon a time there was a story long enough to import.", Encoding.UTF8, "text/plain")), null),
        ("kudos", c => c.PostAsync($"/api/v1/works/{work}/kudos", null), null),
        ("comment", c => c.PostAsJsonAsync($"/api/v1/works/{work}/comments", new { text = "A comment through the API." }), null),
        ("bookmark", c => c.PutAsJsonAsync($"/api/v1/works/{work}/bookmark", new { notes = "Saved", tags = new[] { "favourite" } }), null),
        ("delete bookmark", c => c.DeleteAsync($"/api/v1/works/{work}/bookmark"), null),
    ];

    private async Task<string> SnapshotAsync()
    {
        await using var db = _archive.OpenDb();
        return string.Join(",", await db.Works.CountAsync(), await db.Chapters.CountAsync(), await db.Tags.CountAsync(), await db.WorkTags.CountAsync(),
            await db.Kudos.CountAsync(), await db.Comments.CountAsync(), await db.Bookmarks.CountAsync(), await db.Creatorships.CountAsync(),
            await db.Inbox.CountAsync(), await db.Works.SumAsync(w => w.ExpectedChapters ?? 0), string.Join("|", await db.Bookmarks.Select(b => b.Notes).ToListAsync()));
    }

    private async Task RefusedAsync(string name, HttpResponseMessage response, HttpStatusCode status, string before)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{name} answered {(int)response.StatusCode}, not {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Every_write_is_refused_without_a_token_with_a_read_only_token_and_with_only_a_login_cookie()
    {
        var cookie = await _archive.SignInAsync("writer");
        foreach (var (name, send, _) in Writes(_own))
        {
            var before = await SnapshotAsync();
            var anonymous = await send(_archive.NewClient());
            await RefusedAsync(name + " without a token", anonymous, HttpStatusCode.Unauthorized, before);
            Assert.Equal("Bearer realm=\"Encore\"", anonymous.Headers.WwwAuthenticate.ToString());
            await RefusedAsync(name + " with a login cookie", await send(cookie), HttpStatusCode.Unauthorized, before);
            await RefusedAsync(name + " with a read-only token", await send(_archive.Bearer(_readToken)), HttpStatusCode.Forbidden, before);
            await RefusedAsync(name + " with a revoked-looking token", await send(_archive.Bearer(_writeToken[..^2] + "zz")), HttpStatusCode.Unauthorized, before);
        }
    }

    [Fact]
    public async Task Writes_on_another_user_s_work_are_refused_as_the_pages_refuse_them()
    {
        var writer = _archive.Bearer(_writeToken);
        foreach (var (name, send, onOthers) in Writes(_others))
        {
            if (onOthers is not { } status) continue;
            var before = await SnapshotAsync();
            await RefusedAsync(name + " on someone else's work", await send(writer), (HttpStatusCode)status, before);
        }
        // Someone else's draft does not exist for the writer: every write about it is 404.
        foreach (var (name, send, _) in Writes(_othersDraft).Where(w => w.Name is not ("post work" or "import")))
        {
            var before = await SnapshotAsync();
            await RefusedAsync(name + " on someone else's draft", await send(writer), HttpStatusCode.NotFound, before);
        }
        // Kudos on one's own work is refused, as on the page; the owner's bookmark of the writer's work is theirs alone.
        await RefusedAsync("kudos on one's own work", await writer.PostAsync($"/api/v1/works/{_own}/kudos", null), HttpStatusCode.Forbidden, await SnapshotAsync());
        await RefusedAsync("deleting a bookmark one does not have", await writer.DeleteAsync($"/api/v1/works/{_own}/bookmark"), HttpStatusCode.NotFound, await SnapshotAsync());
    }

    [Fact]
    public async Task A_write_token_posts_a_work_adds_a_chapter_imports_and_responds()
    {
        var writer = _archive.Bearer(_writeToken);
        var posted = await ApiJson.ReadAsync(await writer.PostAsJsonAsync("/api/v1/works", NewWork()), HttpStatusCode.Created);
        var id = posted.GetProperty("work").GetProperty("id").GetInt32();
        Assert.Equal("2/?", posted.GetProperty("work").GetProperty("chapters").GetString());
        Assert.Equal([new CreatorRow("writer", "writer")], posted.GetProperty("work").GetProperty("creators").EnumerateArray()
            .Select(c => new CreatorRow(c.GetProperty("name").GetString()!, c.GetProperty("user").GetString())));
        // The index caught up before the answer: the work is already listed.
        Assert.Contains(id, (await writer.JsonAsync("/api/v1/works?include=Brand+New+Tag")).Ids());

        var chapter = await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{id}/chapters",
            new { title = "Third", content = "Plain text.\n\nTwo paragraphs of it.", format = "text" }), HttpStatusCode.Created);
        Assert.Equal(3, chapter.GetProperty("position").GetInt32());
        Assert.Equal("<p>Plain text.</p><p>Two paragraphs of it.</p>", chapter.GetProperty("content").GetString()!.Replace("\n", ""));

        var imported = await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works/import?filename=story.txt",
            new StringContent("Title: Imported Story\nFandom: API Fandom\nRating: PG-13\n\nOnce upon a time there was a story long enough to import.",
                Encoding.UTF8, "text/plain")), HttpStatusCode.Created);
        Assert.Equal("Imported Story", imported.GetProperty("work").GetProperty("work").GetProperty("title").GetString());
        Assert.Equal("Teen And Up Audiences", imported.GetProperty("report").GetProperty("rating").GetString());
        Assert.Equal("story.txt", imported.GetProperty("work").GetProperty("importSource").GetString());

        var owner = _archive.Bearer(_ownerToken);
        Assert.True((await ApiJson.ReadAsync(await owner.PostAsync($"/api/v1/works/{id}/kudos", null), HttpStatusCode.Created)).GetProperty("left").GetBoolean());
        Assert.False((await ApiJson.ReadAsync(await owner.PostAsync($"/api/v1/works/{id}/kudos", null), HttpStatusCode.OK)).GetProperty("left").GetBoolean());
        var comment = await ApiJson.ReadAsync(await owner.PostAsJsonAsync($"/api/v1/works/{id}/comments", new { text = "Loved it." }), HttpStatusCode.Created);
        Assert.Equal("owner", comment.GetProperty("pseud").GetString());
        var reply = await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{id}/comments",
            new { text = "Thank you!", parentId = comment.GetProperty("id").GetInt32() }), HttpStatusCode.Created);
        Assert.Equal(comment.GetProperty("id").GetInt32(), reply.GetProperty("parentId").GetInt32());
        var bookmark = await ApiJson.ReadAsync(await owner.PutAsJsonAsync($"/api/v1/works/{id}/bookmark",
            new { notes = "Reread soon", tags = new[] { "comfort", "long" }, @private = true }), HttpStatusCode.Created);
        Assert.Equal(["comfort", "long"], bookmark.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        await ApiJson.ReadAsync(await owner.PutAsJsonAsync($"/api/v1/works/{id}/bookmark", new { notes = "Changed" }), HttpStatusCode.OK);
        Assert.Contains(id, (await owner.JsonAsync("/api/v1/users/owner/bookmarks")).Ids("bookmarks"));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/works/{id}/bookmark")).StatusCode);

        var work = await _archive.NewClient().JsonAsync($"/api/v1/works/{id}");
        Assert.Equal(1, work.GetProperty("work").GetProperty("kudos").GetInt32());
        Assert.Equal(2, work.GetProperty("work").GetProperty("comments").GetInt32());
        Assert.Equal(0, work.GetProperty("work").GetProperty("bookmarks").GetInt32());
    }

    private sealed record CreatorRow(string Name, string? User);

    [Fact]
    public async Task A_write_that_fails_validation_leaves_nothing_written_and_names_each_field()
    {
        var writer = _archive.Bearer(_writeToken);
        var before = await SnapshotAsync();
        var problem = await ApiJson.ReadAsync(await writer.PostAsJsonAsync("/api/v1/works", NewWork(secondChapter: "short")), HttpStatusCode.BadRequest);
        Assert.Contains("Chapter 2 is too short", problem.Errors("chapters[1].content").Single());
        Assert.Equal(before, await SnapshotAsync());

        problem = await ApiJson.ReadAsync(await writer.PostAsJsonAsync("/api/v1/works", new
        {
            title = "", rating = "PG", pseuds = new[] { "Nobody" }, chapters = new[] { new { content = "<p>Long enough text here.</p>", format = "markdown" } },
        }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "rating", "fandoms", "pseuds", "chapters[0].format" })
            Assert.NotEmpty(problem.Errors(field));
        // Rules that need the database (a co-creator who does not exist) are checked before anything is written too.
        problem = await ApiJson.ReadAsync(await writer.PostAsJsonAsync("/api/v1/works", new
        {
            title = "Nearly Posted", fandoms = new[] { "A Fandom Nobody Used" }, coCreators = new[] { "ghost" },
            chapters = new[] { new { content = "<p>Long enough text here.</p>" } },
        }), HttpStatusCode.BadRequest);
        Assert.Contains("ghost", problem.Errors("coCreators").Single());
        Assert.Equal(before, await SnapshotAsync());

        problem = await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{_own}/chapters", new { content = "tiny", expectedChapters = 0 }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.Errors("content"));
        await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{_own}/comments", new { text = " " }), HttpStatusCode.BadRequest);
        await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{_others}/comments", new { text = "Hello", chapterId = 999999 }), HttpStatusCode.NotFound);
        await ApiJson.ReadAsync(await writer.PutAsJsonAsync($"/api/v1/works/{_others}/bookmark", new { notes = new string('x', 6000) }), HttpStatusCode.BadRequest);
        await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works/import?filename=blank.txt", new StringContent("   \n\n  ", Encoding.UTF8, "text/plain")),
            HttpStatusCode.BadRequest);
        // A body that is not JSON, or not JSON at all, is a problem document too.
        await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works", new StringContent("{ not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded")),
            HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, await SnapshotAsync());
    }
}
