using System.Net;
using System.Xml.Linq;
using Encore.Tests.Support;
using Encore.Web;
using Encore.Works;
using Microsoft.EntityFrameworkCore;
using static Encore.Tests.Feeds.AtomChecks;

namespace Encore.Tests.Feeds;

// Feeds, catalog lists, /works, /authors/NAME and /account/drafts are answered from the search index or from a
// creator's own rows: the same works as the database's rules say, including the cases the index alone would get
// wrong (an invitation not yet accepted does not make a creator; an imported author is only a name).
public sealed class IndexedListTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private int _invited, _ownDraft, _otherDraft, _hiddenImport;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        var ann = await _archive.CreateUserAsync("ann");
        var bo = await _archive.CreateUserAsync("bob");
        await using var db = _archive.OpenDb();
        var annPseud = await db.Pseuds.Where(p => p.UserId == ann.Id).Select(p => p.Id).SingleAsync();
        var boPseud = await db.Pseuds.Where(p => p.UserId == bo.Id).Select(p => p.Id).SingleAsync();
        var posting = new WorkPosting(db, TimeProvider.System);
        NewWork By(string title, int pseud) => Posting.Work(title) with { ExternalCreators = [], PseudIds = [pseud] };

        await posting.PostAsync(By("Bo Public", boPseud));
        _invited = (await posting.PostAsync(By("Ann Invites Bo", annPseud))).Id;
        // Bo is invited to co-create Ann's work and has not accepted: it is not one of Bo's works yet.
        db.Creatorships.Add(new Creatorship { WorkId = _invited, PseudId = boPseud, Position = 1, IsPending = true });
        await db.SaveChangesAsync();
        _ownDraft = (await posting.PostAsync(By("Bo Draft", boPseud) with { IsDraft = true })).Id;
        _otherDraft = (await posting.PostAsync(By("Ann Draft", annPseud) with { IsDraft = true })).Id;
        await posting.PostAsync(Posting.Work("Imported Visible") with { ExternalCreators = ["Old Author"] });
        _hiddenImport = (await posting.PostAsync(Posting.Work("Imported Hidden") with { ExternalCreators = ["Old Author"] })).Id;
        Assert.Null(await WorkHiding.HideAsync(db, _hiddenImport, "Spam"));
        await _archive.CatchUpAsync();
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static List<string> Titles(XDocument doc) => Feed(doc).Select(e => e.Element(Atom + "title")!.Value).ToList();

    [Fact]
    public async Task A_pending_invitation_keeps_a_work_out_of_the_invited_users_feed_and_catalog_list()
    {
        foreach (var client in new[] { _archive.NewClient(), await _archive.SignInAsync("bob") })
        {
            // Bob himself also sees his own draft there, as everywhere.
            var (feed, _) = await GetAsync(client, Links.UserFeed("bob"), "application/atom+xml");
            Assert.Contains("Bo Public", Titles(feed));
            Assert.DoesNotContain("Ann Invites Bo", Titles(feed));
            var catalog = await client.GetStringAsync(Links.OpdsRoot + "/users/bob");
            Assert.Contains("Bo Public", catalog);
            Assert.DoesNotContain("Ann Invites Bo", catalog);
        }
        var (guestFeed, _) = await GetAsync(_archive.NewClient(), Links.UserFeed("bob"), "application/atom+xml");
        Assert.Equal(["Bo Public"], Titles(guestFeed));
        var (annFeed, _) = await GetAsync(_archive.NewClient(), Links.UserFeed("ann"), "application/atom+xml");
        Assert.Equal(["Ann Invites Bo"], Titles(annFeed));
    }

    [Fact]
    public async Task An_imported_authors_page_and_feed_leave_out_works_hidden_from_the_reader()
    {
        var guest = _archive.NewClient();
        var page = await guest.GetStringAsync(Links.Author("Old Author") + "?page=9");
        Assert.Contains("Imported Visible", page);
        Assert.DoesNotContain("Imported Hidden", page);
        var (feed, _) = await GetAsync(guest, Links.AuthorFeed("Old Author"), "application/atom+xml");
        Assert.Equal(["Imported Visible"], Titles(feed));
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync(Links.Author("Nobody At All"))).StatusCode);

        var admin = await _archive.CreateUserAsync("mod", admin: true);
        Assert.NotNull(admin);
        var asAdmin = await _archive.SignInAsync("mod");
        Assert.Contains("Imported Hidden", await asAdmin.GetStringAsync(Links.Author("Old Author")));
    }

    [Fact]
    public async Task Drafts_page_lists_only_the_users_own_drafts_and_works_index_never_shows_drafts()
    {
        var bo = await _archive.SignInAsync("bob");
        var drafts = await bo.GetStringAsync("/account/drafts");
        Assert.Contains("Bo Draft", drafts);
        Assert.DoesNotContain("Ann Draft", drafts);
        var works = await bo.GetStringAsync("/works");
        Assert.Contains("Bo Public", works);
        Assert.DoesNotContain("Ann Draft", works);
        Assert.DoesNotContain("Imported Hidden", await _archive.NewClient().GetStringAsync("/works"));
        Assert.True(_ownDraft > 0 && _otherDraft > 0);
    }
}
