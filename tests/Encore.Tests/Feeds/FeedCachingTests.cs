using System.Net;
using System.Net.Http.Headers;
using Encore.Tests.Support;
using Encore.Web;
using static Encore.Tests.Feeds.AtomChecks;

namespace Encore.Tests.Feeds;

// Feed readers poll: an unchanged feed answers 304 to its ETag, and any change to what it lists changes the ETag.
public sealed class FeedCachingTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path, EntityTagHeaderValue? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag != null) request.Headers.IfNoneMatch.Add(etag);
        return await _archive.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("/works/feed.atom")]
    [InlineData("/opds/works")]
    [InlineData("/opds/v2/works")]
    public async Task An_unchanged_feed_answers_not_modified_and_a_new_or_hidden_work_changes_it(string path)
    {
        int first;
        // Written straight to the database, as another node would: the lists come from the search index, which hears
        // of it from the change feed (within a second, or now).
        await using (var db = _archive.OpenDb()) first = (await Posting.PostAsync(db, Posting.Work("Alpha Lighthouse"))).Id;
        await _archive.CatchUpAsync();
        var fresh = await GetAsync(path);
        var etag = fresh.Headers.ETag!;
        Assert.NotNull(fresh.Content.Headers.LastModified);

        var again = await GetAsync(path, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        await using (var db = _archive.OpenDb()) await Posting.PostAsync(db, Posting.Work("Beta Lighthouse"));
        await _archive.CatchUpAsync();
        var changed = await GetAsync(path, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Beta Lighthouse", await changed.Content.ReadAsStringAsync());

        // Hiding a work changes no date in the feed, but it leaves the feed, so the ETag still changes.
        await using (var db = _archive.OpenDb()) Assert.Null(await Encore.Works.WorkHiding.HideAsync(db, first, "Spam"));
        await _archive.CatchUpAsync();
        var hidden = await GetAsync(path, changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.DoesNotContain("Alpha Lighthouse", await hidden.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_archive_still_has_a_valid_feed_and_catalog()
    {
        Feed((await AtomChecks.GetAsync(_archive.Http, Links.WorksFeed, "application/atom+xml")).Doc);
        Assert.Empty(Opds.OpdsChecks.Page((await AtomChecks.GetAsync(_archive.Http, "/opds/works", "application/atom+xml")).Doc));
        Assert.Empty(Opds.OpdsChecks.Page((await AtomChecks.GetAsync(_archive.Http, "/opds/fandoms", "application/atom+xml")).Doc));
    }
}
