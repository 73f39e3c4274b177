using System.Net;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Readers;

public sealed class BlocklistTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("writer");
        await _archive.CreateUserAsync("reader");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static Task<HttpResponseMessage> BlockAsync(HttpClient client, string name) =>
        client.PostFormAsync("/account/blocklist?handler=Add", new() { ["Input.Name"] = name }, formPage: "/account/blocklist");

    [Fact]
    public async Task A_blocked_tag_hides_its_works_in_every_listing_except_the_readers_own()
    {
        var hidden = await Listings.PostAsync(_archive, "writer", "Harbour Angst", w => w with { AdditionalTags = ["Angst Galore"] });
        var open = await Listings.PostAsync(_archive, "writer", "Harbour Fluff", w => w with { AdditionalTags = ["Fluff"] });
        var own = await Listings.PostAsync(_archive, "reader", "Own Angst", w => w with { AdditionalTags = ["Angst Galore"] });
        var reader = await _archive.SignInAsync("reader");

        var added = await BlockAsync(reader, "  angst   GALORE ");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = Html.Parse(await reader.GetStringAsync("/account/blocklist"));
        Assert.Equal(["Angst Galore Additional Tag"], list.Texts(".blocklist .blocked-name"));

        Assert.Empty(await Listings.WhereSeenAsync(reader, hidden));
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, open));
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, own));
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(_archive.NewClient(), hidden));
        Assert.Equal(["Own Angst"], await Listings.TitlesAsync(reader, "/tags/Angst Galore/works"));

        var remove = await reader.SubmitAsync("/account/blocklist", ".blocklist form");
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, hidden));
        Assert.Contains("You have not blocked any tags", await reader.GetStringAsync("/account/blocklist"));
    }

    [Fact]
    public async Task Blocking_a_synonym_blocks_its_canonical_tag_and_every_synonym()
    {
        var canonical = await Listings.PostAsync(_archive, "writer", "Plain Hurt", w => w with { AdditionalTags = ["Hurt/Comfort"] });
        var synonym = await Listings.PostAsync(_archive, "writer", "Spelled Hurt", w => w with { AdditionalTags = ["Hurt and Comfort"] });
        await using (var db = _archive.OpenDb())
        {
            var target = await db.Tags.SingleAsync(t => t.Name == "Hurt/Comfort");
            await db.Tags.Where(t => t.Name == "Hurt and Comfort").ExecuteUpdateAsync(s => s.SetProperty(t => t.MergerId, target.Id).SetProperty(t => t.Canonical, false));
        }
        var reader = await _archive.SignInAsync("reader");
        Assert.Equal(["Plain Hurt", "Spelled Hurt"], (await Listings.TitlesAsync(reader, Encore.Web.Links.TagWorks("Hurt/Comfort"))).Order());

        await BlockAsync(reader, "hurt and comfort");
        Assert.Equal(["Hurt/Comfort Additional Tag"], Html.Parse(await reader.GetStringAsync("/account/blocklist")).Texts(".blocklist .blocked-name"));
        Assert.Empty(await Listings.TitlesAsync(reader, Encore.Web.Links.TagWorks("Hurt/Comfort")));
        Assert.Empty(await Listings.WhereSeenAsync(reader, canonical));
        Assert.Empty(await Listings.WhereSeenAsync(reader, synonym));
    }

    [Fact]
    public async Task Unknown_names_are_refused_but_content_labels_are_created_to_block_suggestions()
    {
        var reader = await _archive.SignInAsync("reader");
        var unknown = Html.Parse(await (await BlockAsync(reader, "No Such Tag Anywhere")).ReadHtmlAsync());
        Assert.Contains("There is no tag called \"No Such Tag Anywhere\"", unknown.Text(".error-summary"));
        Assert.Contains("There is no tag called", unknown.Text(".field-error"));
        Assert.Equal(HttpStatusCode.Redirect, (await BlockAsync(reader, "drug overdose")).StatusCode);
        var again = Html.Parse(await (await BlockAsync(reader, "Drug Overdose")).ReadHtmlAsync());
        Assert.Contains("already on your blocklist", again.Text(".error-summary"));

        await using var db = _archive.OpenDb();
        var label = await db.Tags.SingleAsync(t => t.NormalizedName == "drug overdose");
        Assert.Equal(("Drug Overdose", TagType.Freeform, true), (label.Name, label.Type, label.Canonical));
        Assert.False(await db.Tags.AnyAsync(t => t.NormalizedName == "no such tag anywhere"));
        Assert.Equal(1, await db.BlockedTags.CountAsync());
    }

    [Fact]
    public async Task Unrejected_suggestions_of_a_blocked_label_hide_works_only_while_suggested_tags_are_blocked()
    {
        var suggested = await Listings.PostAsync(_archive, "writer", "Quiet Pills");
        var rejected = await Listings.PostAsync(_archive, "writer", "Loud Pills");
        await using (var db = _archive.OpenDb())
        {
            db.WorkSuggestions.Add(Suggestion(suggested.Id, SuggestionStatus.Suggested));
            db.WorkSuggestions.Add(Suggestion(rejected.Id, SuggestionStatus.Rejected));
            await db.SaveChangesAsync();
        }
        var reader = await _archive.SignInAsync("reader");
        await BlockAsync(reader, "Drug Overdose");
        Assert.Empty(await Listings.WhereSeenAsync(reader, suggested));
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, rejected));

        var notice = Html.Parse(await reader.GetStringAsync($"/works/{suggested.Id}"));
        Assert.Equal("This work is hidden by your blocklist", notice.Text(".hidden-notice h1"));
        Assert.Contains("Encore suggests Drug Overdose from its text", notice.Text(".hidden-notice"));
        Assert.Null(notice.QuerySelector(".chapter-text"));

        await reader.PostFormAsync("/account/settings", new() { ["Input.FontPercent"] = "100", ["Input.LineWidth"] = "Medium", ["Input.Theme"] = "System" });
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, suggested));
        Assert.NotNull(Html.Parse(await reader.GetStringAsync($"/works/{suggested.Id}")).QuerySelector(".chapter-text"));
    }

    [Fact]
    public async Task A_work_opened_by_its_address_says_which_tag_hides_it_and_shows_it_anyway()
    {
        var work = await Listings.PostAsync(_archive, "writer", "Tagged Storm", w => w with { AdditionalTags = ["Thunder"], Characters = ["Zeus"] });
        var reader = await _archive.SignInAsync("reader");
        Assert.NotNull(Html.Parse(await reader.GetStringAsync(Encore.Web.Links.TagWorks("Thunder"))).QuerySelector("form.block-tag"));
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync(Encore.Web.Links.TagWorks("Thunder"), "form.block-tag")).StatusCode);
        Assert.Contains("is on your blocklist", Html.Parse(await reader.GetStringAsync(Encore.Web.Links.TagWorks("Thunder"))).Text(".block-state"));
        Assert.Null(_archive.NewClient() is var guest ? Html.Parse(await guest.GetStringAsync(Encore.Web.Links.TagWorks("Thunder"))).QuerySelector("form.block-tag") : null);

        var page = Html.Parse(await reader.GetStringAsync($"/works/{work.Id}"));
        Assert.Equal("it is tagged Thunder.", page.Text(".hidden-notice p"));
        Assert.Null(page.QuerySelector(".chapter-text"));
        Assert.Equal($"/works/{work.Id}?show=1", page.QuerySelector(".hidden-notice a.button")!.GetAttribute("href"));
        var shown = Html.Parse(await reader.GetStringAsync($"/works/{work.Id}?show=1"));
        Assert.Equal("Some words of story text.", shown.Text(".chapter-text"));
        Assert.Null(shown.QuerySelector(".hidden-notice"));

        // The choice holds for the rest of this visit to the work, and only for that reader's browser session.
        Assert.Null(Html.Parse(await reader.GetStringAsync($"/works/{work.Id}")).QuerySelector(".hidden-notice"));
        var later = await _archive.SignInAsync("reader");
        Assert.NotNull(Html.Parse(await later.GetStringAsync($"/works/{work.Id}")).QuerySelector(".hidden-notice"));
    }

    private static WorkSuggestion Suggestion(int workId, SuggestionStatus status) => new()
    {
        WorkId = workId, Type = TagType.Freeform, TagName = "Drug Overdose", Confidence = 0.9, Evidence = "[]", Status = status,
        CreatedAt = DateTime.UtcNow,
    };
}
