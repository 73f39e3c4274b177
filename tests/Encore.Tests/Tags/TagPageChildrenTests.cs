using System.Net;
using Encore.Data;
using Encore.Tags;
using Encore.Tests.Support;
using static Encore.Tests.Support.TagIds;
using Encore.Web;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Tags;

// A tag's works page shows the tags that belong to it (a fandom's characters, relationships and additional tags)
// and its sub tags, each linking to its own page, as AO3's tag page does; a synonym still leads to its canonical tag.
public sealed class TagPageChildrenTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task A_fandom_lists_its_characters_and_relationships_and_a_meta_tag_its_sub_tags()
    {
        await using (var db = _archive.OpenDb())
        {
            await Posting.PostAsync(db, Posting.Work("Stage") with
            {
                Fandoms = ["Footlights (Stage 2031)"], Characters = ["Mara Quill", "Tobin Vale"],
                Relationships = ["Mara Quill/Tobin Vale"], AdditionalTags = ["Backstage Drama"],
            });
            await Posting.PostAsync(db, Posting.Work("Synonym") with { Fandoms = ["Footlights (Stage)"] });
            await Posting.PostAsync(db, Posting.Work("Everything") with { Fandoms = ["Footlights Universe"] });
            var wrangling = new TagWrangling(db);
            Assert.Null(await wrangling.SetCanonicalAsync(await IdAsync(db, "Footlights (Stage 2031)"), true));
            Assert.Null(await wrangling.SetCanonicalAsync(await IdAsync(db, "Footlights Universe"), true));
            Assert.Null(await wrangling.MergeAsync(await IdAsync(db, "Footlights (Stage)"), "Footlights (Stage 2031)"));
            // Posting gives a work's characters and relationships its fandoms; an additional tag is wrangled in.
            Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Backstage Drama"), "Footlights (Stage 2031)"));
            Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Footlights (Stage 2031)"), "Footlights Universe"));
        }
        await _archive.CatchUpAsync();
        var guest = _archive.NewClient();

        var fandom = Html.Parse(await guest.GetStringAsync(Links.TagWorks("Footlights (Stage 2031)")));
        Assert.Equal("Child tags (4)", fandom.Text(".tag-children h2"));
        Assert.Equal(["Characters (2)", "Relationships (1)", "Additional Tags (1)"], fandom.Texts(".tag-children h3"));
        var links = fandom.QuerySelectorAll(".tag-children a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal(Links.TagWorks("Mara Quill"), links["Mara Quill"]);
        Assert.Equal(Links.TagWorks("Mara Quill/Tobin Vale"), links["Mara Quill/Tobin Vale"]);
        Assert.Equal("/tags/Mara Quill*s*Tobin Vale/works", Uri.UnescapeDataString(links["Mara Quill/Tobin Vale"]!));
        Assert.Equal(Links.TagWorks("Backstage Drama"), links["Backstage Drama"]);
        Assert.DoesNotContain(fandom.Texts(".tag-children a"), t => t.StartsWith("All "));

        var meta = Html.Parse(await guest.GetStringAsync(Links.TagWorks("Footlights Universe")));
        Assert.Equal(["Footlights (Stage 2031)"], meta.Texts(".tag-subtags a"));
        Assert.Equal(Links.TagWorks("Footlights (Stage 2031)"), meta.QuerySelector(".tag-subtags a")!.GetAttribute("href"));
        Assert.Empty(meta.QuerySelectorAll(".tag-children"));

        var synonym = await guest.GetAsync(Links.TagWorks("Footlights (Stage)"));
        Assert.Equal(HttpStatusCode.MovedPermanently, synonym.StatusCode);
        Assert.Equal(Links.TagWorks("Footlights (Stage 2031)"), synonym.Headers.Location?.OriginalString);
        Assert.Equal(["Footlights (Stage)"], fandom.Texts(".tag-synonyms a"));
    }

    [Fact]
    public async Task A_big_fandom_shows_the_first_children_of_each_type_and_links_to_all_of_them()
    {
        var names = Enumerable.Range(1, TagNeighbours.ChildrenPerType + 2).Select(i => $"Dancer {i:000}").ToList();
        await using (var db = _archive.OpenDb())
        {
            await Posting.PostAsync(db, Posting.Work("Chorus") with { Fandoms = ["Glass Harbor"], Characters = names });
            Assert.Null(await new TagWrangling(db).SetCanonicalAsync(await IdAsync(db, "Glass Harbor"), true));
        }
        await _archive.CatchUpAsync();
        var guest = _archive.NewClient();

        var page = Html.Parse(await guest.GetStringAsync(Links.TagWorks("Glass Harbor")));
        Assert.Equal([$"Characters ({names.Count})"], page.Texts(".tag-children h3"));
        Assert.Equal(names.Take(TagNeighbours.ChildrenPerType), page.Texts(".tag-children li a"));
        var all = page.QuerySelectorAll(".tag-children p a").Single();
        Assert.Equal($"All {names.Count} characters", all.TextContent);
        Assert.Equal(Links.TagChildren("Glass Harbor", TagType.Character), all.GetAttribute("href"));

        var list = Html.Parse(await guest.GetStringAsync(all.GetAttribute("href")!));
        Assert.Equal(names, list.Texts(".tag-children a"));
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync("/tags/Glass%20Harbor/children?type=nonsense")).StatusCode);
    }
}
