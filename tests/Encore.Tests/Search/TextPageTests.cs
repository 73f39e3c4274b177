using System.Net;
using Encore.Tests.Community;
using Encore.Tests.PostingPages;
using Encore.Tests.Support;

namespace Encore.Tests.Search;

// The words box of the filtered lists (/works/search and every other), through HTTP.
public sealed class TextPageTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private HttpClient _writer = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("writer");
        _writer = await _archive.SignInAsync("writer");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Words_find_works_best_match_first_with_excerpts_marked_and_everything_else_encoded()
    {
        await _writer.PostWorkAsync(PostingForms.Work("The Fog Keeper",
            "<p>Nobody came. The keeper wrote &lt;b&gt;fog&lt;/b&gt; on the wall &amp; waited. &lt;script&gt;alert(1)&lt;/script&gt;</p>"));
        await _writer.PostWorkAsync(PostingForms.Work("Harbour", "<p>Fog again, thick fog over the harbour, fog until noon.</p>")
            .Set("Input.AdditionalTags", "Harbours"));
        await _writer.PostWorkAsync(PostingForms.Work("Sunny Day", "<p>Not a cloud anywhere in the sky that morning.</p>")
            .Set("Input.AdditionalTags", "Summer").Set("Input.Chapters[0].Title", "Morning"));
        var guest = _archive.NewClient();

        var response = await guest.GetAsync("/works/search?q=fog");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        page.AssertOnlySiteScripts();
        // Best match is the usual order with words: the title (and tag) match first, though the other says fog more.
        Assert.Equal(["The Fog Keeper", "Harbour"], page.Texts(".blurb-title a"));
        Assert.Equal("fog", page.QuerySelector("#filter-q")!.GetAttribute("value"));
        var excerpt = page.QuerySelectorAll(".snippet").First();
        Assert.Equal(["fog"], excerpt.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.True(excerpt.TextContent.Contains("wrote <b>fog</b> on the wall & waited. <script>alert(1)</script>"), excerpt.OuterHtml);
        Assert.Empty(excerpt.QuerySelectorAll("b, script"));
        Assert.Equal(["Fog", "fog", "fog"], page.QuerySelectorAll(".snippet").Skip(1).First().QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(2, page.QuerySelectorAll(".snippet").Length);

        var phrase = await guest.PageAsync("/works/search?q=" + Uri.EscapeDataString("\"thick fog\" -nobody"));
        Assert.Equal(["Harbour"], phrase.Texts(".blurb-title a"));
        Assert.Equal(["thick fog"], phrase.QuerySelectorAll(".snippet mark").Select(m => m.TextContent));

        var filtered = await guest.PageAsync("/works/search?q=fog&include=Harbours");
        Assert.Equal(["Harbour"], filtered.Texts(".blurb-title a"));
        var byTitle = await guest.PageAsync("/works/search?q=fog&sort=title");
        Assert.Equal(["Harbour", "The Fog Keeper"], byTitle.Texts(".blurb-title a"));

        var odd = await guest.PageAsync("/works/search?q=" + Uri.EscapeDataString("\"cloud anywhere"));
        Assert.Equal(["Sunny Day"], odd.Texts(".blurb-title a"));
        Assert.Contains("no closing quote", odd.Text("#filter-q-notes"));
        Assert.Equal("No works match this filter.", (await guest.PageAsync("/works/search?q=zeppelin")).Text(".empty"));
    }

    // The header's search box is on every page, for guests and signed-in readers alike, and leads to /works/search
    // with the words in the sidebar's words box.
    [Fact]
    public async Task The_header_search_box_leads_to_the_search_page_with_its_words()
    {
        await _writer.PostWorkAsync(PostingForms.Work("Lamplighter", "<p>The lamps of the old quarter were lit by hand.</p>"));
        await _writer.PostWorkAsync(PostingForms.Work("Quarterly", "<p>Old news, every quarter.</p>"));
        foreach (var (client, path) in new[] { (_archive.NewClient(), "/"), (_archive.NewClient(), "/fandoms"), (_writer, "/works/search?q=news") })
        {
            var page = await client.PageAsync(path);
            var form = page.QuerySelector("header form[role=search]")!;
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[type=search]")!;
            Assert.Equal("Search works", page.QuerySelector($"label[for={input.Id}]")!.TextContent);
            var results = await client.PageAsync($"{form.GetAttribute("action")}?{input.GetAttribute("name")}={Uri.EscapeDataString("\"old quarter\"")}");
            Assert.Equal(["Lamplighter"], results.Texts(".blurb-title a"));
            Assert.Equal("\"old quarter\"", results.QuerySelector("#filter-q")!.GetAttribute("value"));
        }
    }
}
