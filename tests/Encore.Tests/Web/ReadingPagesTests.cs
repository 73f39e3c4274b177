using System.Net;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Web;

// The reading pages through the real HTTP pipeline, against an archive holding the sample works.
public sealed class ReadingPagesTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync();
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<Work> SampleAsync(string title)
    {
        await using var db = _archive.OpenDb();
        return await db.Works.Include(w => w.Chapters.OrderBy(c => c.Position)).SingleAsync(w => w.Title == title);
    }

    [Fact]
    public async Task Home_lists_the_sample_works_newest_first()
    {
        var doc = Html.Parse(await _archive.GetHtmlAsync("/"));
        var titles = doc.Texts(".blurb-title a");
        Assert.Equal(6, titles.Count);
        Assert.Equal("Lighthouse Keeping for Beginners", titles[0]);
        Assert.Contains("Eight Counts of Quiet", titles);
        Assert.NotNull(doc.QuerySelector("main#main"));
        Assert.NotNull(doc.QuerySelector("header nav[aria-label=Site]"));
        Assert.Contains("Smash (TV 2012)", doc.Texts(".side-panel a"));
    }

    [Fact]
    public async Task Work_page_shows_the_preface_like_ao3()
    {
        var work = await SampleAsync("Eight Counts of Quiet");
        var doc = Html.Parse(await _archive.GetHtmlAsync($"/works/{work.Id}"));
        var meta = doc.Texts(".work-meta .meta > dt").Zip(doc.Texts(".work-meta .meta > dd")).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("Teen And Up Audiences", meta["Rating:"]);
        Assert.Equal("No Archive Warnings Apply", meta["Archive Warning:"]);
        Assert.Equal("Smash (TV 2012)", meta["Fandom:"]);
        Assert.Equal("Karen Cartwright & Ivy Lynn", meta["Relationship:"]);
        Assert.Contains("Julia Houston", meta["Characters:"]);
        Assert.Contains("Found Family", meta["Additional Tags:"]);
        Assert.Contains("Part 1 of Understudies", meta["Series:"]);
        var stats = doc.Texts(".work-meta .stats dt").Zip(doc.Texts(".work-meta .stats dd")).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("3/3", stats["Chapters:"]);
        Assert.Equal("2025-02-14", stats["Published:"]);
        Assert.Equal("2025-03-01", stats["Completed:"]);
        Assert.Equal("508", stats["Words:"]);
        Assert.Equal("Eight Counts of Quiet", doc.Text("h1.work-title"));
        Assert.Equal("by marquee_lights", doc.Text(".preface .byline"));
        Assert.Equal("for stagedoorjohnny", doc.Text(".gifts"));
        Assert.Contains("Two women, one role", doc.Text(".preface .summary"));
        // First chapter only, with a way to the next one and to the whole work.
        Assert.Equal(["Chapter 1: The Sign-In Sheet"], doc.Texts(".chapter-heading"));
        Assert.NotNull(doc.QuerySelector(".chapter-text hr"));
        Assert.Equal($"/works/{work.Id}/chapters/{work.Chapters[1].Id}", doc.QuerySelector(".chapter-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"/works/{work.Id}?view_full_work=true", doc.QuerySelector(".chapter-nav a[href*=view_full_work]")!.GetAttribute("href"));
        // Tag links go to the tag's works page with AO3's escapes.
        Assert.Contains(doc.QuerySelectorAll(".work-meta a.tag"), a => a.GetAttribute("href") == "/tags/Karen%20Cartwright%20*a*%20Ivy%20Lynn/works");
    }

    [Fact]
    public async Task Chapter_pages_link_previous_and_next_and_the_last_shows_end_notes()
    {
        var work = await SampleAsync("Eight Counts of Quiet");
        var middle = Html.Parse(await _archive.GetHtmlAsync($"/works/{work.Id}/chapters/{work.Chapters[1].Id}"));
        Assert.Equal(["Chapter 2: Warm-Ups"], middle.Texts(".chapter-heading"));
        Assert.Contains("Scales, stretches", middle.Text(".chapter-summary"));
        Assert.Equal($"/works/{work.Id}/chapters/{work.Chapters[0].Id}", middle.QuerySelector(".chapter-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"/works/{work.Id}/chapters/{work.Chapters[2].Id}", middle.QuerySelector(".chapter-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Null(middle.QuerySelector(".preface .summary"));

        var last = Html.Parse(await _archive.GetHtmlAsync($"/works/{work.Id}/chapters/{work.Chapters[2].Id}"));
        Assert.Null(last.QuerySelector(".chapter-nav a[rel=next]"));
        Assert.Contains("five, six, seven, eight", last.Text(".chapter-end-notes"));
    }

    [Fact]
    public async Task Entire_work_shows_every_chapter_in_order_then_the_end_notes()
    {
        var work = await SampleAsync("A Letter Not Sent");
        var doc = Html.Parse(await _archive.GetHtmlAsync($"/works/{work.Id}?view_full_work=true"));
        Assert.Equal(["Chapter 1: Hunsford", "Chapter 2: Longbourn"], doc.Texts(".chapter-heading"));
        Assert.Equal("Chapter by Chapter", doc.QuerySelector(".chapter-nav a")!.TextContent);
        Assert.Null(doc.QuerySelector("#work-endnotes"));

        var umbrella = await SampleAsync("The Adventure of the Borrowed Umbrella");
        var single = Html.Parse(await _archive.GetHtmlAsync($"/works/{umbrella.Id}"));
        Assert.Null(single.QuerySelector(".chapter-nav"));
        Assert.Contains("cleverest person", single.Text("#work-endnotes"));
    }

    [Fact]
    public async Task Chapter_index_lists_chapters_with_dates()
    {
        var work = await SampleAsync("Eight Counts of Quiet");
        var doc = Html.Parse(await _archive.GetHtmlAsync($"/works/{work.Id}/navigate"));
        Assert.Equal(3, doc.QuerySelectorAll(".chapter-index li").Length);
        Assert.Contains("(2025-02-21)", doc.Texts(".chapter-index li")[1]);
    }

    [Fact]
    public async Task Tag_page_lists_the_works_with_the_tag_and_its_synonyms()
    {
        await using (var db = _archive.OpenDb())
        {
            // Make "Smash (2012)" a synonym of the canonical fandom and tag a new work with the synonym only.
            var canonical = await db.Tags.SingleAsync(t => t.Name == "Smash (TV 2012)");
            await Posting.PostAsync(db, Posting.Work("Synonym Story") with { Fandoms = ["Smash (2012)"] });
            var synonym = await db.Tags.SingleAsync(t => t.Name == "Smash (2012)");
            synonym.Canonical = false;
            synonym.MergerId = canonical.Id;
            await db.SaveChangesAsync();
        }
        await _archive.CatchUpAsync();
        var doc = Html.Parse(await _archive.GetHtmlAsync("/tags/Smash%20%28TV%202012%29/works"));
        Assert.StartsWith("4 Works in", doc.Text("h1"));
        Assert.Contains("Synonym Story", doc.Texts(".blurb-title a"));
        Assert.Equal("Media: TV Shows", doc.Text(".tag-parents"));

        var redirect = await _archive.Http.GetAsync("/tags/Smash%20(2012)/works");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/tags/Smash%20%28TV%202012%29/works", redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Fandoms_index_groups_by_media_with_counts()
    {
        var doc = Html.Parse(await _archive.GetHtmlAsync("/fandoms"));
        Assert.Equal(["Books & Literature", "TV Shows"], doc.Texts(".media-group h2"));
        var lines = doc.Texts(".media-group li");
        Assert.Contains("Smash (TV 2012) (3)", lines);
        Assert.Contains("Pride and Prejudice - Jane Austen (1)", lines);
    }

    [Fact]
    public async Task Creator_pages_list_a_users_works_and_a_pseuds_works()
    {
        var all = Html.Parse(await _archive.GetHtmlAsync("/users/marquee_lights"));
        Assert.Equal(3, all.QuerySelectorAll(".blurb").Length);
        var pseud = Html.Parse(await _archive.GetHtmlAsync("/users/marquee_lights/pseuds/understudy"));
        Assert.Equal(["Notes From the Back Row"], pseud.Texts(".blurb-title a"));
        Assert.Equal("understudy (marquee_lights)", pseud.Text("h1"));
    }

    [Fact]
    public async Task Series_page_lists_its_works_in_order()
    {
        await using var db = _archive.OpenDb();
        var series = await db.Series.SingleAsync(s => s.Title == "Understudies");
        var doc = Html.Parse(await _archive.GetHtmlAsync($"/series/{series.Id}"));
        Assert.Equal(["Eight Counts of Quiet", "Notes From the Back Row"], doc.Texts(".blurb-title a"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/works")]
    [InlineData("/works/1")]
    [InlineData("/works/1/navigate")]
    [InlineData("/fandoms")]
    [InlineData("/tags/Smash%20%28TV%202012%29/works")]
    [InlineData("/users/marquee_lights")]
    [InlineData("/series/1")]
    public async Task Pages_have_one_main_one_h1_a_language_and_labelled_navigation(string path)
    {
        var doc = Html.Parse(await _archive.GetHtmlAsync(path));
        Assert.Single(doc.QuerySelectorAll("main"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.All(doc.QuerySelectorAll("nav"), nav => Assert.False(string.IsNullOrEmpty(nav.GetAttribute("aria-label"))));
        Assert.All(doc.QuerySelectorAll("img"), img => Assert.NotNull(img.GetAttribute("alt")));
        Assert.NotEmpty(doc.Title!);
    }

    [Theory]
    [InlineData("/works/99999")]
    [InlineData("/works/1/chapters/99999")]
    [InlineData("/tags/No%20Such%20Tag/works")]
    [InlineData("/users/nobody")]
    [InlineData("/users/marquee_lights/pseuds/nobody")]
    [InlineData("/series/99999")]
    [InlineData("/authors/nobody")]
    [InlineData("/no/such/page")]
    public async Task Missing_things_get_a_404_page(string path)
    {
        var response = await _archive.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", doc.Text("h1"));
        Assert.NotNull(doc.QuerySelector("main#main"));
    }

    [Fact]
    public async Task Drafts_and_restricted_works_are_hidden_from_guests_everywhere()
    {
        int draftId, restrictedId;
        await using (var db = _archive.OpenDb())
        {
            draftId = (await Posting.PostAsync(db, Posting.Work("Secret Draft") with { IsDraft = true, Fandoms = ["Smash (TV 2012)"] })).Id;
            restrictedId = (await Posting.PostAsync(db, Posting.Work("Members Only") with { Restricted = true, Fandoms = ["Smash (TV 2012)"] })).Id;
        }
        foreach (var path in new[] { "/", "/works", "/tags/Smash%20(TV%202012)/works", "/fandoms" })
        {
            var html = await _archive.GetHtmlAsync(path);
            Assert.DoesNotContain("Secret Draft", html);
            Assert.DoesNotContain("Members Only", html);
        }
        Assert.Contains("Smash (TV 2012) (3)", Html.Parse(await _archive.GetHtmlAsync("/fandoms")).Texts(".media-group li"));
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.Http.GetAsync($"/works/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.Http.GetAsync($"/works/{restrictedId}")).StatusCode);
    }

    [Fact]
    public async Task Works_index_pages_through_every_work()
    {
        await using (var db = _archive.OpenDb())
            for (var i = 1; i <= 30; i++)
                await Posting.PostAsync(db, Posting.Work($"Generated {i:00}") with { PublishedAt = new DateTime(2020, 1, i % 28 + 1, 0, 0, 0, DateTimeKind.Utc) });
        // Written straight to the database: /works comes from the search index, which hears of it from the change feed.
        await _archive.CatchUpAsync();

        var seen = new List<string>();
        var first = Html.Parse(await _archive.GetHtmlAsync("/works"));
        Assert.Contains("36 works", first.Text(".list-summary"));
        seen.AddRange(first.Texts(".blurb-title a"));
        Assert.Equal(20, seen.Count);
        Assert.Equal("/works?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var second = Html.Parse(await _archive.GetHtmlAsync("/works?page=2"));
        seen.AddRange(second.Texts(".blurb-title a"));
        Assert.Equal(36, seen.Distinct().Count());
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("2", second.Text(".pager [aria-current=page]"));
    }

    [Fact]
    public async Task Creator_html_in_works_cannot_run_script()
    {
        int id;
        await using (var db = _archive.OpenDb())
            id = (await Posting.PostAsync(db, Posting.Work("<script>alert('t')</script>Title", "<p>Text<img src=x onerror=alert(1)><script>alert(2)</script></p>") with
            {
                Summary = "<a href=\"javascript:alert(3)\">click</a>",
            })).Id;
        var html = await _archive.GetHtmlAsync($"/works/{id}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;Title", html);
    }
}
