using System.Net;
using System.Net.Http.Json;
using System.Text;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// The API's writes with a write token: posting, adding a chapter, importing, kudos, comments and bookmarks; and a
// write that fails validation, which names each field and writes nothing.
public sealed class ApiWriteTests(WriteArchive a) : IClassFixture<WriteArchive>
{
    [Fact]
    public async Task A_write_token_posts_a_work_adds_a_chapter_imports_and_responds()
    {
        var writer = a.Archive.Bearer(a.WriteToken);
        var posted = await ApiJson.ReadAsync(await writer.PostAsJsonAsync("/api/v1/works", WriteArchive.NewWork()), HttpStatusCode.Created);
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

        var owner = a.Archive.Bearer(a.OwnerToken);
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

        var work = await a.Archive.NewClient().JsonAsync($"/api/v1/works/{id}");
        Assert.Equal(1, work.GetProperty("work").GetProperty("kudos").GetInt32());
        Assert.Equal(2, work.GetProperty("work").GetProperty("comments").GetInt32());
        Assert.Equal(0, work.GetProperty("work").GetProperty("bookmarks").GetInt32());
    }

    private sealed record CreatorRow(string Name, string? User);

    [Fact]
    public async Task A_write_that_fails_validation_leaves_nothing_written_and_names_each_field()
    {
        var writer = a.Archive.Bearer(a.WriteToken);
        var before = await a.SnapshotAsync();
        var problem = await ApiJson.ReadAsync(await writer.PostAsJsonAsync("/api/v1/works", WriteArchive.NewWork(secondChapter: "short")), HttpStatusCode.BadRequest);
        Assert.Contains("Chapter 2 is too short", problem.Errors("chapters[1].content").Single());
        Assert.Equal(before, await a.SnapshotAsync());

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
        Assert.Equal(before, await a.SnapshotAsync());

        problem = await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{a.Own}/chapters", new { content = "tiny", expectedChapters = 0 }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.Errors("content"));
        await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{a.Own}/comments", new { text = " " }), HttpStatusCode.BadRequest);
        await ApiJson.ReadAsync(await writer.PostAsJsonAsync($"/api/v1/works/{a.Others}/comments", new { text = "Hello", chapterId = 999999 }), HttpStatusCode.NotFound);
        await ApiJson.ReadAsync(await writer.PutAsJsonAsync($"/api/v1/works/{a.Others}/bookmark", new { notes = new string('x', 6000) }), HttpStatusCode.BadRequest);
        await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works/import?filename=blank.txt", new StringContent("   \n\n  ", Encoding.UTF8, "text/plain")),
            HttpStatusCode.BadRequest);
        // A body that is not JSON, or not JSON at all, is a problem document too.
        await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works", new StringContent("{ not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ApiJson.ReadAsync(await writer.PostAsync("/api/v1/works", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded")),
            HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, await a.SnapshotAsync());
    }
}
