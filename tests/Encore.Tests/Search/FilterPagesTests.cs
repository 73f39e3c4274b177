using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Encore.Tests.Community;
using Encore.Tests.Support;

namespace Encore.Tests.Search;

// Filtering, sorting and facets on the work lists, through HTTP, over FilterArchive's works (see its table).
public sealed partial class FilterPagesTests(FilterArchive a) : IClassFixture<FilterArchive>
{
    private static readonly string TagPage = Encore.Web.Links.TagWorks(FilterArchive.Fandom);

    private async Task<List<string>> TitlesAsync(string query, HttpClient? client = null) =>
        (await (client ?? a.Archive.NewClient()).PageAsync(TagPage + query)).Texts(".blurb-title a");

    private static List<string> Sorted(params string[] titles) => titles.Order().ToList();

    [Theory]
    [InlineData("", "Alpha Act,Bravo Beat,Charlie Chorus,Foxtrot Fade")]
    [InlineData("?include=Derek+Wills/Ivy+Lynn", "Alpha Act,Foxtrot Fade")]      // Foxtrot through the synonym
    [InlineData("?include=Angst", "Alpha Act,Foxtrot Fade")]                      // Foxtrot through the sub tag
    [InlineData("?include=Angst&include=Ivy+Lynn", "Alpha Act")]                  // all includes must hold
    [InlineData("?exclude=Angst", "Bravo Beat,Charlie Chorus")]
    [InlineData("?rating=Teen+And+Up+Audiences&rating=Explicit", "Alpha Act,Bravo Beat,Foxtrot Fade")]
    [InlineData("?warning=Major+Character+Death", "Alpha Act")]
    [InlineData("?exclude=Major+Character+Death", "Bravo Beat,Charlie Chorus,Foxtrot Fade")]
    [InlineData("?category=F/F", "Bravo Beat")]
    [InlineData("?complete=yes", "Alpha Act,Charlie Chorus,Foxtrot Fade")]
    [InlineData("?complete=no", "Bravo Beat")]
    [InlineData("?crossover=yes", "Charlie Chorus")]
    [InlineData("?crossover=no", "Alpha Act,Bravo Beat,Foxtrot Fade")]
    [InlineData("?single_chapter=yes", "Alpha Act,Charlie Chorus,Foxtrot Fade")]
    [InlineData("?words_from=500", "Bravo Beat,Foxtrot Fade")]
    [InlineData("?words_to=300", "Alpha Act,Charlie Chorus")]
    [InlineData("?words_from=200&words_to=700", "Alpha Act,Bravo Beat")]
    [InlineData("?updated_from=2022-01-01", "Bravo Beat,Charlie Chorus")]
    [InlineData("?updated_to=2020-01-01", "Alpha Act,Foxtrot Fade")]             // the whole last day counts
    [InlineData("?language=es", "Charlie Chorus")]
    public async Task Each_filter_narrows_the_tag_page_for_a_guest(string query, string expected)
    {
        Assert.Equal(Sorted(expected.Split(',')), (await TitlesAsync(query)).Order().ToList());
    }

    [Theory]
    [InlineData("", "Bravo Beat,Charlie Chorus,Alpha Act,Foxtrot Fade")]          // date updated, newest first
    [InlineData("?sort=best_match", "Bravo Beat,Charlie Chorus,Alpha Act,Foxtrot Fade")]
    [InlineData("?sort=title", "Alpha Act,Bravo Beat,Charlie Chorus,Foxtrot Fade")] // names read A to Z
    [InlineData("?sort=title&dir=desc", "Foxtrot Fade,Charlie Chorus,Bravo Beat,Alpha Act")]
    [InlineData("?sort=creator", "Charlie Chorus,Foxtrot Fade,Alpha Act,Bravo Beat")] // other, third, writer (ties by id)
    [InlineData("?sort=posted&dir=asc", "Foxtrot Fade,Alpha Act,Bravo Beat,Charlie Chorus")]
    [InlineData("?sort=words", "Foxtrot Fade,Bravo Beat,Alpha Act,Charlie Chorus")]
    [InlineData("?sort=hits", "Alpha Act,Charlie Chorus,Foxtrot Fade,Bravo Beat")]
    [InlineData("?sort=kudos", "Bravo Beat,Alpha Act,Charlie Chorus,Foxtrot Fade")]
    [InlineData("?sort=comments", "Charlie Chorus,Alpha Act,Foxtrot Fade,Bravo Beat")]
    [InlineData("?sort=bookmarks", "Foxtrot Fade,Bravo Beat,Charlie Chorus,Alpha Act")] // Alpha and Charlie tie: higher id first
    public async Task Sorts_order_the_list(string query, string expected)
    {
        Assert.Equal(expected.Split(','), await TitlesAsync(query));
    }

    [Fact]
    public async Task Facets_count_the_whole_result_and_ticked_tags_stay_listed()
    {
        var page = await a.Archive.NewClient().PageAsync(TagPage);
        Assert.Equal(new Dictionary<string, int> { ["Ivy Lynn"] = 2, ["Karen Cartwright"] = 2, ["Derek Wills"] = 1 }, Facets(page, "characters"));
        Assert.Equal(new Dictionary<string, int> { ["Angst"] = 2, ["Fluff"] = 2, ["Sad Ending"] = 1 }, Facets(page, "additional-tags"));
        Assert.Equal(new Dictionary<string, int> { ["Derek Wills/Ivy Lynn"] = 2 }, Facets(page, "relationships"));
        // The page's own fandom is the list itself; the other fandom of the crossover is a facet.
        Assert.Equal(new Dictionary<string, int> { ["Other Fandom"] = 1 }, Facets(page, "fandoms"));
        // Every rating is listed, in AO3's order, with 0 for those no visible work has (Delta is restricted).
        Assert.Equal(["Not Rated (0)", "General Audiences (1)", "Teen And Up Audiences (2)", "Mature (0)", "Explicit (1)"],
            page.Texts("#filter-ratings .facet label[for$='-in']"));

        var member = await a.Archive.SignInAsync("member");
        var narrowed = await member.PageAsync(TagPage + "?include=Fluff&exclude=Derek+Wills");
        Assert.Equal(new Dictionary<string, int> { ["Karen Cartwright"] = 2, ["Ivy Lynn"] = 1, ["Derek Wills"] = 0 }, Facets(narrowed, "characters"));
        Assert.Equal(new Dictionary<string, int> { ["Fluff"] = 2 }, Facets(narrowed, "additional-tags"));
        Assert.NotNull(narrowed.QuerySelector("#filter-additional-tags input[name=include][value=Fluff][checked]"));
        Assert.NotNull(narrowed.QuerySelector("#filter-characters input[name=exclude][value='Derek Wills'][checked]"));
        Assert.Equal("Mature (0)", narrowed.Texts("#filter-ratings .facet label[for$='-in']")[3]);
    }

    [Fact]
    public async Task More_lists_every_count_of_a_type_and_links_back()
    {
        var page = await a.Archive.NewClient().PageAsync(Encore.Web.Links.TagWorks(FilterArchive.PagingFandom));
        Assert.Equal(10, Facets(page, "characters").Count);
        var more = page.QuerySelector("#filter-characters .facet-more a")!.GetAttribute("href")!;
        Assert.EndsWith("/works?more=characters", more);

        var full = await a.Archive.NewClient().PageAsync(more);
        var entries = full.QuerySelectorAll("#facet-full .facet label[for$='-in']").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(FilterArchive.PagingWorks, entries.Count);
        Assert.All(entries, e => Assert.Matches(@"^Extra \d\d \(1\)$", e));
        // The full list's checkboxes belong to the sidebar's form.
        Assert.All(full.QuerySelectorAll("#facet-full input[type=checkbox]"), i => Assert.Equal("work-filter", i.GetAttribute("form")));
        Assert.NotNull(full.QuerySelector("form#work-filter"));
        Assert.EndsWith("/works", full.QuerySelector("#facet-full a[href]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Pages_reach_the_whole_result_and_the_heading_counts_it()
    {
        var path = Encore.Web.Links.TagWorks(FilterArchive.PagingFandom);
        var first = await a.Archive.NewClient().PageAsync(path);
        Assert.StartsWith("1 - 20 of 23 Works in", first.Text("h1"));
        Assert.Equal(20, first.QuerySelectorAll(".blurb").Length);
        Assert.Equal("Page Work 23", first.Texts(".blurb-title a")[0]);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.EndsWith("/works?page=2", next);

        var second = await a.Archive.NewClient().PageAsync(next);
        Assert.StartsWith("21 - 23 of 23 Works in", second.Text("h1"));
        Assert.Equal(["Page Work 03", "Page Work 02", "Page Work 01"], second.Texts(".blurb-title a"));
        // Past the end: the last page.
        Assert.Equal(["Page Work 03", "Page Work 02", "Page Work 01"], (await a.Archive.NewClient().PageAsync(path + "?page=9")).Texts(".blurb-title a"));
        // Sorted the other way, page 2 holds the newest.
        Assert.Equal(["Page Work 21", "Page Work 22", "Page Work 23"],
            (await a.Archive.NewClient().PageAsync(path + "?dir=asc&page=2")).Texts(".blurb-title a"));
    }

    private static Dictionary<string, int> Facets(IDocument page, string slug) =>
        page.QuerySelectorAll($"#filter-{slug} .facet label[for$='-in']").Select(l => FacetLabel().Match(l.TextContent.Trim()))
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value.Replace(",", "")));

    [GeneratedRegex(@"^(.*) \(([\d,]+)\)$")]
    private static partial Regex FacetLabel();
}
