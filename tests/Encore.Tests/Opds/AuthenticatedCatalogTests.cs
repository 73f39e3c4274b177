using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Encore.Community;
using Encore.People;
using Encore.Tests.Api;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;
using static Encore.Tests.Feeds.AtomChecks;
using static Encore.Tests.Opds.OpdsChecks;

namespace Encore.Tests.Opds;

// The catalog opened with a personal access token over HTTP Basic: the reader's restricted works, their blocklist,
// and their bookmarks and Marked for Later; a challenge for anyone who asks for those without a working token.
public sealed class AuthenticatedCatalogTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private string _token = "";
    private int _public, _later, _restricted, _blocked, _privatelyBookmarked, _draft;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        var wren = await _archive.CreateUserAsync("wren");
        var reader = await _archive.CreateUserAsync("reader");
        await using var db = _archive.OpenDb();
        var pseud = await db.Pseuds.Where(p => p.UserId == wren.Id).Select(p => p.Id).SingleAsync();
        async Task<int> Post(string title, Func<NewWork, NewWork>? change = null) =>
            (await Posting.PostAsync(db, (change ?? (w => w))(Posting.Work(title) with { ExternalCreators = [], PseudIds = [pseud] }))).Id;
        _public = await Post("Public Bookmarked");
        _later = await Post("Saved For Later");
        _restricted = await Post("Members Only", w => w with { Restricted = true });
        _blocked = await Post("Spider Story", w => w with { AdditionalTags = ["Spiders"] });
        _privatelyBookmarked = await Post("Private Pleasure");
        _draft = await Post("Unfinished Draft", w => w with { IsDraft = true });
        await Post("Not Bookmarked");

        var asReader = await ReaderLoading.LoadAsync(db, reader.Id, false);
        var bookmarking = new Bookmarking(db, TimeProvider.System);
        Assert.Null(await bookmarking.SaveAsync(_public, new BookmarkInput("Lovely", null, false, false, null), asReader));
        Assert.Null(await bookmarking.SaveAsync(_restricted, new BookmarkInput(null, null, false, true, null), asReader));
        Assert.Null(await bookmarking.SaveAsync(_privatelyBookmarked, new BookmarkInput(null, null, true, false, null), asReader));
        Assert.Null(await bookmarking.SaveAsync(_blocked, new BookmarkInput(null, null, false, false, null), asReader));
        var history = new ReadingHistory(db, TimeProvider.System);
        await history.MarkForLaterAsync(reader.Id, _later, true);
        await history.MarkForLaterAsync(reader.Id, _blocked, true);
        db.BlockedTags.Add(new BlockedTag { UserId = reader.Id, TagId = await db.Tags.Where(t => t.Name == "Spiders").Select(t => t.Id).SingleAsync(), CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await _archive.CatchUpAsync();
        _token = await _archive.CreateAsync("reader");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private HttpClient Reader => _archive.Basic("reader", _token);
    private string Url(string path) => new Uri(_archive.BaseAddress, path).ToString();

    private async Task<List<int>> IdsAsync(HttpClient client, string path)
    {
        var (doc, _) = await GetAsync(client, Url(path), "application/atom+xml");
        return Page(doc).Select(WorkId).ToList();
    }

    [Fact]
    public async Task The_reader_s_root_leads_to_their_bookmarks_and_marked_for_later_with_their_blocklist_applied()
    {
        var (root, response) = await GetAsync(Reader, Url("/opds"), "application/atom+xml");
        Assert.True(response.Headers.CacheControl!.Private, "a reader's own catalog must not sit in shared caches");
        var entries = Page(root);
        string Entry(string title) => Href(entries.Single(e => e.Element(Atom + "title")!.Value == title), "subsection");
        Assert.Equal([_public, _restricted, _privatelyBookmarked], (await IdsAsync(Reader, Entry("Your bookmarks"))).Order());
        Assert.Equal([_later], await IdsAsync(Reader, Entry("Marked for Later")));

        // The same lists in OPDS 2.
        var v2 = JsonDocument.Parse(await Reader.GetStringAsync("/opds/v2")).RootElement;
        var later = v2.GetProperty("navigation").EnumerateArray().Single(n => n.GetProperty("title").GetString() == "Marked for Later");
        var laterFeed = JsonDocument.Parse(await Reader.GetStringAsync(later.GetProperty("href").GetString())).RootElement;
        Assert.Equal([$"works/{_later}"], laterFeed.GetProperty("publications").EnumerateArray()
            .Select(p => p.GetProperty("metadata").GetProperty("identifier").GetString()!.Split(':')[^1]));

        // A guest's root is today's, without them.
        var guest = Page((await GetAsync(_archive.NewClient(), Url("/opds"), "application/atom+xml")).Doc);
        Assert.DoesNotContain(guest, e => e.Element(Atom + "title")!.Value is "Your bookmarks" or "Marked for Later");
    }

    [Fact]
    public async Task Restricted_works_appear_only_with_a_token_and_their_downloads_open_with_it()
    {
        Assert.Contains(_restricted, await IdsAsync(Reader, "/opds/works"));
        Assert.DoesNotContain(_blocked, await IdsAsync(Reader, "/opds/works"));
        Assert.DoesNotContain(_draft, await IdsAsync(Reader, "/opds/works"));
        Assert.DoesNotContain(_restricted, await IdsAsync(_archive.NewClient(), "/opds/works"));
        Assert.Contains(_blocked, await IdsAsync(_archive.NewClient(), "/opds/works"));

        var (works, _) = await GetAsync(Reader, Url("/opds/works"), "application/atom+xml");
        var entry = Page(works).Single(e => WorkId(e) == _restricted);
        var epub = entry.Elements(Atom + "link").First(l => Type(l) == "application/epub+zip");
        Assert.Equal(AcquisitionRel, Rel(epub));
        var download = await Reader.GetAsync((string)epub.Attribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/epub+zip", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.NewClient().GetAsync((string)epub.Attribute("href")!)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _archive.Basic("reader", _token + "x").GetAsync((string)epub.Attribute("href")!)).StatusCode);
    }

    [Fact]
    public async Task The_reader_s_lists_without_a_working_token_get_a_challenge_and_the_authentication_document()
    {
        foreach (var (client, path) in new[]
        {
            (_archive.NewClient(), "/opds/bookmarks"), (_archive.NewClient(), "/opds/v2/later"),
            (_archive.Basic("reader", "not-a-token"), "/opds"), (_archive.Basic("reader", _token[..^1]), "/opds/v2/works"),
        })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Basic realm=\"Encore\"", response.Headers.WwwAuthenticate.ToString());
            CheckAuthenticationDocument(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }

        // The root links to the same document, which is served on its own.
        var (root, _) = await GetAsync(_archive.NewClient(), Url("/opds"), "application/atom+xml");
        var link = LinksOf(root.Root!, "http://opds-spec.org/auth/document").Single();
        Assert.Equal("application/opds-authentication+json", Type(link));
        var document = await _archive.NewClient().GetAsync((string)link.Attribute("href")!);
        Assert.Equal("application/opds-authentication+json", document.Content.Headers.ContentType!.MediaType);
        CheckAuthenticationDocument(JsonDocument.Parse(await document.Content.ReadAsStringAsync()).RootElement);
    }

    // Authentication for OPDS 1.0: id, title, and one Basic flow with its labels.
    private void CheckAuthenticationDocument(JsonElement doc)
    {
        Assert.Equal(Url("/opds/auth.json"), doc.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(doc.GetProperty("title").GetString()));
        var basic = doc.GetProperty("authentication").EnumerateArray().Single();
        Assert.Equal("http://opds-spec.org/auth/basic", basic.GetProperty("type").GetString());
        Assert.Equal("Personal access token", basic.GetProperty("labels").GetProperty("password").GetString());
    }

    [Fact]
    public async Task Crawling_the_whole_catalog_with_a_token_meets_exactly_what_the_reader_may_see()
    {
        var (pages, works) = await CrawlAsync(Reader, new Uri(_archive.BaseAddress, "/opds"));
        Assert.True(pages > 5, $"only {pages} pages reached");
        await using var db = _archive.OpenDb();
        var reader = await ReaderLoading.LoadAsync(db, await db.Users.Where(u => u.UserName == "reader").Select(u => u.Id).SingleAsync(), false);
        var visible = await db.Works.VisibleTo(reader).Select(w => w.Id).ToListAsync();
        Assert.Equal(visible.Order(), works.Select(WorkId).Distinct().Order());
        Assert.Contains(_restricted, visible);
        Assert.DoesNotContain(_blocked, visible);
    }
}
