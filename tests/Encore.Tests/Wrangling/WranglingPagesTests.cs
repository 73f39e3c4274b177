using System.Net;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Web;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Wrangling;

// The wrangling pages through HTTP: only admins change tags, and what they change shows on tag and fandom pages.
public sealed class WranglingPagesTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("reader");
        await _archive.CreateUserAsync("boss", admin: true);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task PostAsync(string title, string fandom, params string[] freeforms)
    {
        await using var db = _archive.OpenDb();
        await Posting.PostAsync(db, Posting.Work(title) with { Fandoms = [fandom], AdditionalTags = freeforms });
    }

    private static string Edit(string name) => Links.AdminTag(name);

    [Fact]
    public async Task Every_wrangling_post_is_for_admins_only()
    {
        await PostAsync("W", "Glass Harbor", "Fluff", "fluffy");
        int fluff;
        await using (var db = _archive.OpenDb())
        {
            fluff = await db.Tags.Where(t => t.Name == "Glass Harbor").Select(t => t.Id).SingleAsync();
            Assert.Null(await new TagWrangling(db).AddParentAsync(await db.Tags.Where(t => t.Name == "Fluff").Select(t => t.Id).SingleAsync(), "Glass Harbor"));
        }
        var posts = new (string Path, Dictionary<string, string> Fields)[]
        {
            (Edit("fluffy") + "?handler=Canonical", new() { ["canonical"] = "false" }),
            (Edit("fluffy") + "?handler=Merge", new() { ["MergeInto"] = "Fluff" }),
            (Edit("fluffy") + "?handler=AddParent", new() { ["ParentName"] = "Fluff" }),
            (Edit("Fluff") + $"?handler=RemoveParent&parentId={fluff}", []),
            (Edit("fluffy") + "?handler=CharacterFandoms", []),
        };
        var guest = _archive.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await guest.GetAsync("/admin/tags")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await guest.GetAsync(Edit("fluffy"))).StatusCode);
        var reader = await _archive.SignInAsync("reader");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/admin/tags")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(Edit("fluffy"))).StatusCode);
        foreach (var (path, fields) in posts)
        {
            var asGuest = await guest.PostFormAsync(path, new(fields), formPage: "/login");
            Assert.Equal(HttpStatusCode.Redirect, asGuest.StatusCode);
            Assert.StartsWith("/login", asGuest.Headers.Location!.PathAndQuery);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostFormAsync(path, new(fields), formPage: "/account")).StatusCode);
        }
        await using (var db = _archive.OpenDb())
        {
            Assert.True(await db.Tags.Where(t => t.Name == "fluffy").Select(t => t.Canonical && t.MergerId == null).SingleAsync());
            Assert.Equal(1, await db.TagParents.CountAsync(p => p.Child.Name == "Fluff"));
        }

        var boss = await _archive.SignInAsync("boss");
        var merged = await boss.PostFormAsync(posts[1].Path, new(posts[1].Fields), formPage: Edit("fluffy"));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var removed = await boss.PostFormAsync(posts[3].Path, [], formPage: Edit("Fluff"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await using (var db = _archive.OpenDb())
        {
            Assert.Equal("Fluff", await db.Tags.Where(t => t.Name == "fluffy").Select(t => t.Merger!.Name).SingleAsync());
            Assert.Equal(0, await db.TagParents.CountAsync(p => p.Child.Name == "Fluff"));
        }
    }

    [Fact]
    public async Task A_merged_fandom_lists_its_works_under_the_canonical_fandom_and_in_its_count()
    {
        await PostAsync("First", "Glass Harbor");
        await PostAsync("Second", "glass harbour");
        var boss = await _archive.SignInAsync("boss");
        var bad = await boss.PostFormAsync(Edit("glass harbour") + "?handler=Merge", new() { ["MergeInto"] = "Fluff" }, formPage: Edit("glass harbour"));
        var page = Html.Parse(await bad.ReadHtmlAsync());
        Assert.Contains("no tag called", page.Text(".field-error[data-valmsg-for=MergeInto]"));

        var merged = await boss.PostFormAsync(Edit("glass harbour") + "?handler=Merge", new() { ["MergeInto"] = "glass harbor" }, formPage: Edit("glass harbour"));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var guest = _archive.NewClient();
        var works = Html.Parse(await guest.GetStringAsync(Links.TagWorks("Glass Harbor")));
        Assert.Equal(["First", "Second"], works.Texts(".blurb-title a").Order());
        Assert.Equal(["glass harbour"], works.Texts(".tag-synonyms a"));
        var synonym = await guest.GetAsync(Links.TagWorks("glass harbour"));
        Assert.Equal(Links.TagWorks("Glass Harbor"), synonym.Headers.Location?.OriginalString);
        var fandoms = Html.Parse(await guest.GetStringAsync("/fandoms"));
        Assert.Contains("Glass Harbor (2)", fandoms.Texts(".count-list li").Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.DoesNotContain(fandoms.Texts(".count-list li a"), t => t == "glass harbour");
    }

    [Fact]
    public async Task Sub_tag_works_appear_on_the_meta_tags_page_and_loops_show_next_to_the_field()
    {
        await PostAsync("Broad", "Glass Harbor", "Alternate Universe");
        await PostAsync("Narrow", "Glass Harbor", "Coffee Shop AU");
        var boss = await _archive.SignInAsync("boss");
        var added = await boss.PostFormAsync(Edit("Coffee Shop AU") + "?handler=AddParent", new() { ["ParentName"] = "alternate universe" }, formPage: Edit("Coffee Shop AU"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var loop = await boss.PostFormAsync(Edit("Alternate Universe") + "?handler=AddParent", new() { ["ParentName"] = "Coffee Shop AU" }, formPage: Edit("Alternate Universe"));
        Assert.Contains("Coffee Shop AU › Alternate Universe", Html.Parse(await loop.ReadHtmlAsync()).Text(".field-error[data-valmsg-for=ParentName]"));

        var guest = _archive.NewClient();
        var meta = Html.Parse(await guest.GetStringAsync(Links.TagWorks("Alternate Universe")));
        Assert.Equal(["Broad", "Narrow"], meta.Texts(".blurb-title a").Order());
        Assert.Equal(["Coffee Shop AU"], meta.Texts(".tag-subtags a"));
        var sub = Html.Parse(await guest.GetStringAsync(Links.TagWorks("Coffee Shop AU")));
        Assert.Equal(["Narrow"], sub.Texts(".blurb-title a"));
        Assert.Equal(["Alternate Universe"], sub.Texts(".tag-meta a"));
    }

    [Fact]
    public async Task A_hostile_tag_name_renders_inert_on_the_wrangling_pages()
    {
        // '<', '>' and '=' are refused in tag names; quotes could still break out of an attribute and add one.
        const string hostile = "Quoted \" onmouseover ' onfocus & tag";
        await PostAsync("Hostile", "Glass Harbor", hostile);
        var boss = await _archive.SignInAsync("boss");
        var list = await boss.GetStringAsync("/admin/tags");
        Assert.Empty(Html.Parse(list).QuerySelectorAll("[onmouseover], [onfocus]"));
        Assert.Contains(hostile, Html.Parse(list).Texts(".unwrangled-tags a"));
        var edit = await boss.GetAsync(Edit(hostile));
        var page = Html.Parse(await edit.ReadHtmlAsync());
        Assert.Empty(page.QuerySelectorAll("[onmouseover], [onfocus]"));
        Assert.Equal(hostile, page.Text("h1 .tag-name"));
        var bad = await boss.PostFormAsync(Edit(hostile) + "?handler=Merge", new() { ["MergeInto"] = "<b>nope</b>" }, formPage: Edit(hostile));
        var html = await bad.ReadHtmlAsync();
        Assert.DoesNotContain("<b>nope</b>", html);
        Assert.Contains("<b>nope</b>", Html.Parse(html).Text(".field-error[data-valmsg-for=MergeInto]"));
    }
}
