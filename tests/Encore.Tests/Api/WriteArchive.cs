using System.Net;
using System.Net.Http.Json;
using System.Text;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// An archive for the API's write tests: a writer and an owner with a work each, the owner's draft and the owner's
// bookmark of the writer's work; write and read tokens; every write the API has; a snapshot of what writes change.
public sealed class WriteArchive : IAsyncLifetime
{
    private TestArchive _archive = null!;
    public TestArchive Archive => _archive;
    public int Own { get; private set; }
    public int Others { get; private set; }
    public int OthersDraft { get; private set; }
    public string WriteToken { get; private set; } = "";
    public string ReadToken { get; private set; } = "";
    public string OwnerToken { get; private set; } = "";
    public string RevokedToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        var writer = await _archive.CreateUserAsync("writer");
        var owner = await _archive.CreateUserAsync("owner");
        await using var db = _archive.OpenDb();
        int Pseud(User u) => db.Pseuds.Single(p => p.UserId == u.Id).Id;
        Own = (await Posting.PostAsync(db, Posting.Work("Writer's Own") with { ExternalCreators = [], PseudIds = [Pseud(writer)] })).Id;
        Others = (await Posting.PostAsync(db, Posting.Work("Owner's Work") with { ExternalCreators = [], PseudIds = [Pseud(owner)] })).Id;
        OthersDraft = (await Posting.PostAsync(db, Posting.Work("Owner's Draft") with { ExternalCreators = [], PseudIds = [Pseud(owner)], IsDraft = true })).Id;
        db.Bookmarks.Add(new Encore.Community.Bookmark { UserId = owner.Id, PseudId = Pseud(owner), WorkId = Own, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await _archive.CatchUpAsync();
        WriteToken = await _archive.CreateAsync("writer", TokenScope.Write);
        ReadToken = await _archive.CreateAsync("writer", TokenScope.Read);
        OwnerToken = await _archive.CreateAsync("owner", TokenScope.Write);
        RevokedToken = await _archive.CreateAsync("writer", TokenScope.Write, "revoked");
        await using var revoke = _archive.OpenDb();
        await revoke.AccessTokens.Where(t => t.Name == "revoked").ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow));
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    public static object NewWork(string title = "Posted Through The API", string secondChapter = "<p>The second chapter's text.</p>") => new
    {
        title, fandoms = new[] { "API Fandom" }, additionalTags = new[] { "Brand New Tag" }, rating = "General Audiences",
        chapters = new object[] { new { content = "<p>The first chapter's text.</p>", title = "Start" }, new { content = secondChapter } },
    };

    // Every write: method, path, body (JSON, or raw bytes for the import).
    public IEnumerable<(string Name, Func<HttpClient, Task<HttpResponseMessage>> Send, int? OnOthersWork)> Writes(int work) =>
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

    public async Task<string> SnapshotAsync()
    {
        await using var db = _archive.OpenDb();
        return string.Join(",", await db.Works.CountAsync(), await db.Chapters.CountAsync(), await db.Tags.CountAsync(), await db.WorkTags.CountAsync(),
            await db.Kudos.CountAsync(), await db.Comments.CountAsync(), await db.Bookmarks.CountAsync(), await db.Creatorships.CountAsync(),
            await db.Inbox.CountAsync(), await db.Works.SumAsync(w => w.ExpectedChapters ?? 0), string.Join("|", await db.Bookmarks.Select(b => b.Notes).ToListAsync()));
    }

    public async Task RefusedAsync(string name, HttpResponseMessage response, HttpStatusCode status, string before)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{name} answered {(int)response.StatusCode}, not {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await SnapshotAsync());
    }
}
