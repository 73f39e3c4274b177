using System.Net;
using Encore.Tests.Community;
using Encore.Tests.Support;

namespace Encore.Tests.Search;

// Who sees what on the filtered lists, every list that has the filter, stable URLs and messages for bad input.
public sealed class FilterListsTests(FilterArchive a) : IClassFixture<FilterArchive>
{
    private static readonly string TagPage = Encore.Web.Links.TagWorks(FilterArchive.Fandom);

    private static async Task<List<string>> TitlesAsync(HttpClient client, string path) =>
        (await client.PageAsync(path)).Texts(".blurb-title a").Order().ToList();

    [Fact]
    public async Task Restricted_works_and_drafts_follow_the_archive_rules_on_every_list()
    {
        var guest = a.Archive.NewClient();
        Assert.DoesNotContain("Delta Dance", await TitlesAsync(guest, TagPage));
        Assert.DoesNotContain("Delta Dance", await TitlesAsync(guest, "/works/search"));
        Assert.DoesNotContain("Delta Dance", await TitlesAsync(guest, "/users/other"));
        var member = await a.Archive.SignInAsync("member");
        Assert.Contains("Delta Dance", await TitlesAsync(member, TagPage));
        Assert.Contains("Delta Dance", await TitlesAsync(member, "/works/search?include=Angst"));
        // A draft only for its creator, who sees it among their works.
        Assert.DoesNotContain("Echo Encore", await TitlesAsync(member, "/users/writer"));
        Assert.Contains("Echo Encore", await TitlesAsync(await a.Archive.SignInAsync("writer"), "/users/writer"));
    }

    [Fact]
    public async Task Muted_creators_and_blocked_tags_with_their_sub_tags_are_left_out_for_that_reader_only()
    {
        var muter = await a.MuterAsync();
        Assert.Equal(["Alpha Act", "Bravo Beat", "Foxtrot Fade"], await TitlesAsync(muter, TagPage));
        Assert.Equal("3 Works in Filter Fandom", (await muter.PageAsync(TagPage)).Text("h1"));
        Assert.Empty(await TitlesAsync(muter, "/users/other"));

        var blocker = await a.BlockerAsync();
        // Angst is blocked: Alpha and Delta carry it, Foxtrot its sub tag "Sad Ending".
        Assert.Equal(["Bravo Beat", "Charlie Chorus"], await TitlesAsync(blocker, TagPage));
        // The lists the database serves (VisibleTo) agree.
        Assert.DoesNotContain("Foxtrot Fade", (await blocker.PageAsync("/works")).Texts(".blurb-title a"));
        // A facet never counts what the reader cannot see.
        Assert.DoesNotContain("Angst", (await blocker.PageAsync(TagPage)).Texts("#filter-additional-tags .facet label"));

        // The reader's own works are never hidden by their own blocklist.
        var writer = await a.BlockerAsync("writer");
        Assert.Contains("Alpha Act", await TitlesAsync(writer, TagPage));
        Assert.Equal(["Alpha Act", "Bravo Beat", "Charlie Chorus", "Foxtrot Fade"], await TitlesAsync(a.Archive.NewClient(), TagPage));
    }

    [Theory]
    [InlineData("?words_to=&rating=explicit&include=derek+wills/ivy+lynn&sort=updated&dir=&complete=", "?include=Derek+Wills/Ivy+Lynn&rating=Explicit")]
    [InlineData("?include=Derek/Ivy", "?include=Derek+Wills/Ivy+Lynn")]                    // a synonym becomes its canonical tag
    [InlineData("?include=Fluff,%20Angst&words_from=1,000", "?include=Angst&include=Fluff&words_from=1000")]
    [InlineData("?sort=title&dir=asc&page=1", "?sort=title")]                             // the usual direction is left out
    [InlineData("?dir=desc&sort=words&single_chapter=yes&crossover=no", "?crossover=no&single_chapter=yes&sort=words")]
    [InlineData("?page=2&q=ivy&more=characters", "?q=ivy&more=characters&page=2")]
    public async Task Any_way_of_writing_a_filter_leads_to_its_one_stable_url(string given, string stable)
    {
        var response = await a.Archive.Http.GetAsync(TagPage + given);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TagPage + stable, response.Headers.Location!.OriginalString);
        var again = await a.Archive.Http.GetAsync(TagPage + stable);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        // The page's own links (pages, facets) are written the same way.
        var page = Html.Parse(await again.Content.ReadAsStringAsync());
        foreach (var link in page.QuerySelectorAll(".facet-more a, .pager a"))
            Assert.Equal(HttpStatusCode.OK, (await a.Archive.Http.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task Input_that_cannot_be_read_gets_a_message_beside_its_field_and_the_rest_still_applies()
    {
        var response = await a.Archive.Http.GetAsync(TagPage + "?words_from=ten&updated_to=2024-13-45&sort=sideways&include=No+Such+Tag&rating=Explicit&language=!!");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Alpha Act"], page.Texts(".blurb-title a"));
        Assert.Contains("whole number", page.Text("#filter-words_from-error"));
        Assert.Equal("ten", page.QuerySelector("#filter-words_from")!.GetAttribute("value"));
        Assert.Equal("filter-words_from-error", page.QuerySelector("#filter-words_from")!.GetAttribute("aria-describedby"));
        Assert.Contains("date", page.Text("#filter-updated_to-error"));
        Assert.Contains("sort", page.Text("#filter-sort-error"));
        Assert.Contains("language", page.Text("#filter-language-error"));
        Assert.Contains("There is no tag called \"No Such Tag\"", page.Text("#filter-include-error"));
        Assert.Equal("No Such Tag", page.QuerySelector("#filter-include")!.GetAttribute("value"));
        Assert.Equal(5, page.QuerySelectorAll(".error-summary li").Length);
        Assert.NotNull(page.QuerySelector("details.filters[open]"));

        var backwards = Html.Parse(await a.Archive.GetHtmlAsync(TagPage + "?words_from=500&words_to=100"));
        Assert.Contains("at least", backwards.Text("#filter-words_to-error"));
        Assert.Equal(["Bravo Beat", "Foxtrot Fade"], backwards.Texts(".blurb-title a").Order());
        // Only the bookmarks list can be sorted by date bookmarked.
        Assert.Contains("cannot be sorted", Html.Parse(await a.Archive.GetHtmlAsync(TagPage + "?sort=bookmarked")).Text("#filter-sort-error"));
    }

    [Fact]
    public async Task A_creators_works_a_pseuds_works_and_search_take_the_filter()
    {
        var guest = a.Archive.NewClient();
        Assert.Equal(["Alpha Act", "Bravo Beat"], await TitlesAsync(guest, "/users/writer"));
        Assert.Equal(["Bravo Beat"], await TitlesAsync(guest, "/users/writer?complete=no"));
        Assert.Equal("1 Work", (await guest.PageAsync("/users/writer?complete=no")).Text(".list-heading"));
        Assert.Equal(["Alpha Act"], await TitlesAsync(guest, "/users/writer/pseuds/writer?rating=Explicit"));
        var alias = await a.Archive.Http.GetAsync("/users/writer/works?rating=Explicit");
        Assert.Equal(HttpStatusCode.MovedPermanently, alias.StatusCode);
        Assert.Equal("/users/writer?rating=Explicit", alias.Headers.Location!.OriginalString);

        Assert.Equal(["Bravo Beat", "Charlie Chorus"], await TitlesAsync(guest, "/works/search?include=Fluff"));
        Assert.Equal(["Page Work 01", "Page Work 02"], await TitlesAsync(guest, "/works/search?words_to=22"));
        var search = await guest.PageAsync("/works/search");
        Assert.Equal($"1 - 20 of {4 + FilterArchive.PagingWorks} Works", search.Text(".list-heading"));
        Assert.Equal("/works/search", search.QuerySelector("form#work-filter")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Bookmarks_are_filtered_newest_first_and_private_ones_only_for_their_owner()
    {
        var path = "/users/collector/bookmarks";
        Assert.Equal(["Foxtrot Fade", "Alpha Act"], (await a.Archive.NewClient().PageAsync(path)).Texts(".blurb-title a"));
        var owner = await a.Archive.SignInAsync("collector");
        var own = await owner.PageAsync(path);
        Assert.Equal(["Foxtrot Fade", "Charlie Chorus", "Alpha Act"], own.Texts(".blurb-title a"));
        Assert.Equal("3 Bookmarks by collector", own.Text("h1"));
        Assert.Equal(["Alpha Act", "Charlie Chorus", "Foxtrot Fade"], (await owner.PageAsync(path + "?dir=asc")).Texts(".blurb-title a"));
        Assert.Equal(["Charlie Chorus"], (await owner.PageAsync(path + "?rating=General+Audiences")).Texts(".blurb-title a"));
        Assert.Equal(["Alpha Act", "Charlie Chorus", "Foxtrot Fade"], (await owner.PageAsync(path + "?sort=title")).Texts(".blurb-title a"));
        Assert.Equal("No works match this filter.", (await a.Archive.NewClient().PageAsync(path + "?rating=General+Audiences")).Text(".empty"));
    }

    // The fandoms page's counts come from the index as the reader's own lists do (before, one SQL count per fandom,
    // which took minutes at 100,000 works): each count is the total that fandom's list heads, reader by reader.
    [Fact]
    public async Task The_fandoms_page_counts_what_each_fandoms_list_shows_that_reader()
    {
        var readers = new (string Who, HttpClient Client)[]
        {
            ("guest", a.Archive.NewClient()), ("muter", await a.MuterAsync()), ("member", await a.Archive.SignInAsync("member")),
        };
        var filterFandom = new Dictionary<string, int>();
        foreach (var (who, client) in readers)
        {
            var entries = (await client.PageAsync("/fandoms")).QuerySelectorAll(".count-list li")
                .Select(li => (Name: li.QuerySelector("a")!.TextContent, Count: int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')'))))
                .DistinctBy(e => e.Name).ToList();
            Assert.Contains(entries, e => e.Name == FilterArchive.PagingFandom && e.Count == FilterArchive.PagingWorks);
            foreach (var (name, count) in entries)
            {
                var heading = (await client.PageAsync(Encore.Web.Links.TagWorks(name))).Text("h1");
                var total = System.Text.RegularExpressions.Regex.Match(heading, @"^(?:[\d,]+ - [\d,]+ of )?([\d,]+) Works? in");
                Assert.True(total.Success, $"{who}: {heading}");
                Assert.True(count == int.Parse(total.Groups[1].Value.Replace(",", "")), $"{who}: /fandoms says {name} ({count}), its list: {heading}");
            }
            filterFandom[who] = entries.Single(e => e.Name == FilterArchive.Fandom).Count;
        }
        // The muter's count leaves out the muted creator's works; a signed-in member's includes restricted works.
        Assert.Equal(3, filterFandom["muter"]);
        Assert.True(filterFandom["member"] > filterFandom["guest"], string.Join(", ", filterFandom));
    }
}
