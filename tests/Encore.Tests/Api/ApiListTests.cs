using System.Net;
using System.Text.Json;
using Encore.People;
using Encore.Tests.Search;
using Encore.Tests.Support;

namespace Encore.Tests.Api;

// The API's work lists against the HTML lists they mirror: the same filters and sorts give the same works in the
// same order, for a guest and for signed-in readers (their token's view is their cookie's view), with exact facets.
public sealed class ApiListTests(FilterArchive a) : IClassFixture<FilterArchive>
{
    private static readonly string TagPath = Encore.Tags.TagUrl.Escape(FilterArchive.Fandom);

    private static readonly string[] Filters =
    [
        "", "include=Angst", "exclude=Fluff", "rating=Teen+And+Up+Audiences&rating=General+Audiences", "complete=no", "complete=yes&sort=kudos",
        "sort=title&dir=desc", "sort=words", "words_from=200&words_to=1000", "crossover=yes", "language=es", "include=Derek/Ivy",
        "warning=No+Archive+Warnings+Apply&sort=hits", "updated_from=2021-01-01&updated_to=2024-12-31", "category=Gen&category=F/F",
        "q=fade", "q=word&sort=title", "q=ivy+-derek",
    ];

    // (HTML list, API list) pairs covering every list the API has.
    private static IEnumerable<(string Html, string Api)> Lists() =>
    [
        ("/works/search", "/api/v1/works"),
        ($"/tags/{TagPath}/works", $"/api/v1/tags/{TagPath}/works"),
        ("/users/writer", "/api/v1/users/writer/works"),
        ("/users/other", "/api/v1/users/other/works"),
        ("/users/collector/bookmarks", "/api/v1/users/collector/bookmarks"),
    ];

    private async Task CompareAsync(HttpClient html, HttpClient api, string who)
    {
        foreach (var (htmlPath, apiPath) in Lists())
            foreach (var filter in Filters)
            {
                var query = filter.Length == 0 ? "" : "?" + filter;
                var (htmlIds, page) = await html.HtmlIdsAsync(htmlPath + query);
                var list = await api.JsonAsync(apiPath + query);
                var apiIds = list.Ids(apiPath.EndsWith("bookmarks") ? "bookmarks" : "works");
                Assert.True(htmlIds.SequenceEqual(apiIds), $"{who} {apiPath}{query}: HTML [{string.Join(",", htmlIds)}], API [{string.Join(",", apiIds)}]");
                Assert.Equal(Math.Min(20, list.GetProperty("total").GetInt32()), apiIds.Count);
            }
    }

    [Fact]
    public async Task A_guest_gets_the_same_works_in_the_same_order_as_the_html_lists()
    {
        await CompareAsync(a.Archive.NewClient(), a.Archive.NewClient(), "guest");
        // Paging: the paging fandom's 23 works, 20 on the first page, 3 on the second, as on the page.
        var paging = Encore.Tags.TagUrl.Escape(FilterArchive.PagingFandom);
        for (var p = 1; p <= 2; p++)
        {
            var (html, _) = await a.Archive.NewClient().HtmlIdsAsync($"/tags/{paging}/works?page={p}");
            var api = await a.Archive.NewClient().JsonAsync($"/api/v1/tags/{paging}/works?page={p}");
            Assert.Equal(html, api.Ids());
            Assert.Equal(23, api.GetProperty("total").GetInt32());
            Assert.Equal(2, api.GetProperty("pages").GetInt32());
        }
        // Past the end the API answers an empty page (the HTML list shows its last page).
        Assert.Empty((await a.Archive.NewClient().JsonAsync($"/api/v1/tags/{paging}/works?page=3")).Ids());
        Assert.Equal(23, (await a.Archive.NewClient().JsonAsync($"/api/v1/tags/{paging}/works?per_page=100")).Ids().Count);
    }

    [Fact]
    public async Task Readers_with_mutes_a_blocklist_or_none_see_through_their_token_what_their_cookie_shows()
    {
        await CompareAsync(await a.MuterAsync(), a.Archive.Bearer(await a.Archive.CreateAsync("muter")), "muter");
        await CompareAsync(await a.BlockerAsync(), a.Archive.Bearer(await a.Archive.CreateAsync("blocker")), "blocker");
        var member = a.Archive.Bearer(await a.Archive.CreateAsync("member"));
        await CompareAsync(await a.Archive.SignInAsync("member"), member, "member");
        // The restricted work is in the member's list only; the collector's private bookmark only in the collector's.
        Assert.Contains(a.Ids["Delta Dance"], (await member.JsonAsync("/api/v1/works")).Ids());
        Assert.DoesNotContain(a.Ids["Delta Dance"], (await a.Archive.NewClient().JsonAsync("/api/v1/works")).Ids());
        var collector = a.Archive.Bearer(await a.Archive.CreateAsync("collector"));
        Assert.Contains(a.Ids["Charlie Chorus"], (await collector.JsonAsync("/api/v1/users/collector/bookmarks")).Ids("bookmarks"));
        Assert.DoesNotContain(a.Ids["Charlie Chorus"], (await member.JsonAsync("/api/v1/users/collector/bookmarks")).Ids("bookmarks"));
        // A draft only for its creator.
        var writer = a.Archive.Bearer(await a.Archive.CreateAsync("writer"));
        Assert.Contains(a.Ids["Echo Encore"], (await writer.JsonAsync("/api/v1/users/writer/works")).Ids());
        Assert.DoesNotContain(a.Ids["Echo Encore"], (await member.JsonAsync("/api/v1/users/writer/works")).Ids());
    }

    [Fact]
    public async Task The_login_cookie_alone_does_not_sign_anyone_in_to_the_api()
    {
        var cookie = await a.Archive.SignInAsync("member");
        Assert.DoesNotContain(a.Ids["Delta Dance"], (await cookie.JsonAsync("/api/v1/works")).Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await cookie.GetAsync($"/api/v1/works/{a.Ids["Delta Dance"]}")).StatusCode);
    }

    [Fact]
    public async Task Facets_count_every_work_of_the_whole_result_exactly()
    {
        var member = a.Archive.Bearer(await a.Archive.CreateAsync("member"));
        var list = await member.JsonAsync($"/api/v1/tags/{TagPath}/works?per_page=1&exclude=Sad+Ending");
        var facets = list.GetProperty("facets");
        // Alpha, Bravo, Charlie, Delta (Foxtrot excluded, Echo a draft), one work a page.
        Assert.Equal(4, list.GetProperty("total").GetInt32());
        Assert.Single(list.Ids());
        int Count(string group, string name) =>
            facets.GetProperty(group).EnumerateArray().Where(f => f.GetProperty("name").GetString() == name).Select(f => f.GetProperty("count").GetInt32()).SingleOrDefault();
        Assert.Equal(4, FixedTagsCount(facets, "ratings"));
        Assert.Equal(1, Count("ratings", "Explicit"));
        Assert.Equal(0, Count("ratings", "Not Rated"));
        Assert.Equal(5, facets.GetProperty("ratings").GetArrayLength());
        Assert.Equal(3, Count("additionalTags", "Fluff"));
        Assert.Equal(2, Count("additionalTags", "Angst"));
        Assert.Equal(2, Count("characters", "Ivy Lynn"));
        Assert.Equal(1, Count("relationships", "Derek Wills/Ivy Lynn"));
        Assert.Equal(4, Count("fandoms", FilterArchive.Fandom));
        Assert.Equal(1, Count("fandoms", "Other Fandom"));
        Assert.Equal("exclude=Sad+Ending", list.GetProperty("filter").GetString());
        Assert.EndsWith($"/tags/{TagPath}/works?exclude=Sad+Ending", list.GetProperty("html").GetString());
    }

    [Fact]
    public async Task Words_to_search_for_come_back_with_passages_of_each_listed_work_and_the_matches_marked()
    {
        var list = await a.Archive.NewClient().JsonAsync($"/api/v1/tags/{TagPath}/works?q=word");
        var search = list.GetProperty("search");
        var listed = list.Ids();
        Assert.NotEmpty(listed);
        Assert.Equal(listed, search.GetProperty("works").EnumerateArray().Select(w => w.GetProperty("workId").GetInt32()));
        foreach (var snippet in search.GetProperty("works").EnumerateArray().SelectMany(w => w.GetProperty("snippets").EnumerateArray()))
        {
            var text = snippet.GetProperty("text").GetString()!;
            var mark = snippet.GetProperty("marks").EnumerateArray().First();
            Assert.Equal("word", text.Substring(mark.GetProperty("start").GetInt32(), mark.GetProperty("length").GetInt32()));
        }
        Assert.Equal(JsonValueKind.Null, (await a.Archive.NewClient().JsonAsync("/api/v1/works")).GetProperty("search").ValueKind);
    }

    private static int FixedTagsCount(JsonElement facets, string group) => facets.GetProperty(group).EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());

    [Fact]
    public async Task A_filter_that_cannot_be_read_is_refused_with_a_problem_for_each_field()
    {
        var problem = await a.Archive.NewClient().JsonAsync("/api/v1/works?words_from=ten&include=No+Such+Tag&sort=sideways&per_page=500",
            HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("whole number", problem.Errors("words_from").Single());
        Assert.Contains("No Such Tag", problem.Errors("include").Single());
        Assert.NotEmpty(problem.Errors("sort"));
        Assert.NotEmpty(problem.Errors("per_page"));
        await a.Archive.NewClient().JsonAsync("/api/v1/users/nobody/works", HttpStatusCode.NotFound);
        await a.Archive.NewClient().JsonAsync("/api/v1/tags/No Such Tag/works", HttpStatusCode.NotFound);
        await a.Archive.NewClient().JsonAsync("/api/v1/no/such/route", HttpStatusCode.NotFound);
    }
}
