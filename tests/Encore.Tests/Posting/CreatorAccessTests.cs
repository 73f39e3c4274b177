using System.Net;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.PostingPages;

// Who may open and submit the pages that change a work: its creator only. Guests are sent to log in, other users
// and admins get 403, and a work the reader may not see (a draft) or that does not exist is 404.
public class CreatorAccessTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private HttpClient _owner = null!, _other = null!, _admin = null!;
    private int _work, _chapter, _draft;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "owner", "other" }) await _archive.CreateUserAsync(name);
        await _archive.CreateUserAsync("boss", admin: true);
        (_owner, _other, _admin) = (await _archive.SignInAsync("owner"), await _archive.SignInAsync("other"), await _archive.SignInAsync("boss"));
        _work = await _owner.PostWorkAsync(PostingForms.Work("Owned"));
        _draft = await _owner.PostWorkAsync(PostingForms.Work("Owned Draft"), handler: "Draft");
        await using var db = _archive.OpenDb();
        _chapter = await db.Chapters.Where(c => c.WorkId == _work).Select(c => c.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private IEnumerable<string> Pages(int work) =>
        new[] { "edit", "delete", "chapters/new", $"chapters/{_chapter}/edit", "chapters/order", "suggestions" }.Select(p => $"/works/{work}/{p}");

    [Fact]
    public async Task Only_the_creator_opens_the_editing_pages()
    {
        foreach (var page in Pages(_work))
        {
            var guest = await _archive.NewClient().GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, guest.StatusCode);
            Assert.StartsWith("/login", guest.Headers.Location!.PathAndQuery);
            Assert.True(HttpStatusCode.Forbidden == (await _other.GetAsync(page)).StatusCode, $"another user on {page}");
            Assert.True(HttpStatusCode.Forbidden == (await _admin.GetAsync(page)).StatusCode, $"an admin on {page}");
            Assert.True(HttpStatusCode.OK == (await _owner.GetAsync(page)).StatusCode, $"the owner on {page}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _other.GetAsync($"/works/{_draft}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/works/{_draft}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _owner.GetAsync("/works/99999/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _owner.GetAsync($"/works/{_work}/chapters/99999/edit")).StatusCode);
    }

    [Fact]
    public async Task Others_cannot_change_the_work_by_posting_the_forms()
    {
        var posts = new Dictionary<string, List<KeyValuePair<string, string>>>
        {
            [$"/works/{_work}/edit?handler=Save"] = PostingForms.Work("Stolen"),
            [$"/works/{_work}/delete"] = [],
            [$"/works/{_work}/chapters/new"] = [new("Input.Content", "<p>An intruder's chapter, long enough.</p>")],
            [$"/works/{_work}/chapters/{_chapter}/edit"] = [new("Input.Content", "<p>An intruder's edit, long enough.</p>")],
            [$"/works/{_work}/chapters/{_chapter}/edit?handler=Delete"] = [],
            [$"/works/{_work}/chapters/order"] = [new($"Positions[{_chapter}]", "1")],
            [$"/works/{_draft}/edit?handler=PostDraft"] = [],
        };
        foreach (var (path, fields) in posts)
            foreach (var (who, client) in new[] { ("another user", _other), ("an admin", _admin) })
            {
                var status = (await client.SubmitAsync(path, fields, "/works/new")).StatusCode;
                Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{who} posting {path} got {(int)status}");
            }
        await using var db = _archive.OpenDb();
        var work = await db.Works.Include(w => w.Chapters).SingleAsync(w => w.Id == _work);
        Assert.Equal("Owned", work.Title);
        Assert.Equal(PostingForms.Text, Assert.Single(work.Chapters).Content);
        Assert.True(await db.Works.Where(w => w.Id == _draft).Select(w => w.IsDraft).SingleAsync());
    }

    [Fact]
    public async Task Creator_links_show_on_the_work_page_for_its_creator_only()
    {
        Assert.Equal(["Edit", "Add chapter", "Edit chapter", "Delete"], Html.Parse(await _owner.GetStringAsync($"/works/{_work}")).Texts(".creator-tools a"));
        foreach (var client in new[] { _other, _admin, _archive.NewClient() })
            Assert.Null(Html.Parse(await client.GetStringAsync($"/works/{_work}")).QuerySelector(".creator-tools"));
    }
}
