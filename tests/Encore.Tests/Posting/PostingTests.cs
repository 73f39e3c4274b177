using System.Net;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.PostingPages;

public class PostingTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<HttpClient> CreatorAsync(string name)
    {
        await _archive.CreateUserAsync(name);
        return await _archive.SignInAsync(name);
    }

    [Fact]
    public async Task Post_a_work_then_add_two_chapters_through_the_forms()
    {
        var client = await CreatorAsync("keeper");
        var id = await client.PostWorkAsync(PostingForms.Work("The Lighthouse").Set("Input.Gifts", "gull, someone else"));

        var add = await client.SubmitAsync($"/works/{id}/chapters/new", [new("Input.Title", "Gulls"), new("Input.Content", "<p>Chapter two: the gulls came back at dawn.</p>"), new("Input.Format", "Html")]);
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        add = await client.SubmitAsync($"/works/{id}/chapters/new", [new("Input.Content", "Chapter three, typed plainly.\n\nWith a second paragraph."), new("Input.Format", "PlainText"), new("Input.ExpectedChapters", "3")]);
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);

        await using var db = _archive.OpenDb();
        var work = await db.Works.Include(w => w.Chapters).Include(w => w.Tags).ThenInclude(t => t.Tag).Include(w => w.Creators).ThenInclude(c => c.Pseud)
            .Include(w => w.Gifts).SingleAsync(w => w.Id == id);
        Assert.Equal("The Lighthouse", work.Title);
        Assert.False(work.IsDraft);
        Assert.Equal("keeper", Assert.Single(work.Creators).Pseud!.Name);
        Assert.Equal(["Fog", "Gulls", null], work.Chapters.OrderBy(c => c.Position).Select(c => c.Title));
        Assert.True(work.IsComplete);
        Assert.Contains(work.Tags, t => t.Tag.Name == "The Gull" && t.Tag.Type == Encore.Tags.TagType.Character);
        Assert.Contains(work.Tags, t => t.Tag.Name == "General Audiences");
        Assert.Equal(["gull", "someone else"], work.Gifts.OrderBy(g => g.RecipientName).Select(g => g.RecipientName));

        var page = Html.Parse(await client.GetStringAsync($"/works/{id}?view_full_work=true"));
        Assert.Equal("3/3", page.Stat("Chapters"));
        Assert.Equal(2, page.QuerySelectorAll("#chapter-3 .chapter-text p").Length);
        Assert.Equal(["Edit", "Add chapter", "Delete"], page.Texts(".creator-tools a"));
    }

    [Fact]
    public async Task Missing_required_fields_are_shown_by_their_fields_and_nothing_is_saved()
    {
        var client = await CreatorAsync("forgetful");
        var response = await client.SubmitAsync("/works/new?handler=Publish", [new("Input.Title", " "), new("Input.Chapters[0].Content", "")], "/works/new");
        var page = Html.Parse(await response.ReadHtmlAsync());

        Assert.Equal("A work needs a title.", page.Text("[data-valmsg-for='Input.Title']"));
        Assert.Equal("Choose a rating.", page.Text("[data-valmsg-for='Input.Rating']"));
        Assert.Equal("Choose at least one archive warning.", page.Text("[data-valmsg-for='Input.Warnings']"));
        Assert.Equal("A work needs at least one fandom.", page.Text("[data-valmsg-for='Input.Fandoms']"));
        Assert.StartsWith("Chapter 1 is too short", page.Text("[data-valmsg-for='Input.Chapters[0].Content']"));
        Assert.Equal(5, page.QuerySelectorAll(".error-summary li").Length);
        Assert.Equal("#Input_Chapters_0__Content", page.QuerySelectorAll(".error-summary a").Last().GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Input_Chapters_0__Content"));
        await using var db = _archive.OpenDb();
        Assert.Equal(0, await db.Works.CountAsync());
    }

    [Fact]
    public async Task Limits_are_enforced_by_their_fields_and_the_form_keeps_what_was_typed()
    {
        var client = await CreatorAsync("verbose");
        var fields = PostingForms.Work(new string('T', 256))
            .Set("Input.Summary", new string('s', 1251))
            .Set("Input.Notes", new string('n', 5001))
            .Set("Input.AdditionalTags", "Fine Tag, " + new string('x', 151))
            .Set("Input.ExpectedChapters", "0")
            .Set("Input.CoCreators", "nobody_here");
        var page = Html.Parse(await (await client.SubmitAsync("/works/new?handler=Publish", fields, "/works/new")).ReadHtmlAsync());

        Assert.Equal("Titles can be at most 255 characters; this one has 256.", page.Text("[data-valmsg-for='Input.Title']"));
        Assert.Equal("Summary can be at most 1,250 characters; it has 1,251.", page.Text("[data-valmsg-for='Input.Summary']"));
        Assert.Equal("Notes can be at most 5,000 characters; it has 5,001.", page.Text("[data-valmsg-for='Input.Notes']"));
        Assert.Contains("150", page.Text("[data-valmsg-for='Input.AdditionalTags']"));
        Assert.Equal("Expected chapters must be at least 1 (or left unknown).", page.Text("[data-valmsg-for='Input.ExpectedChapters']"));
        Assert.Equal(new string('T', 256), page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(new string('s', 1251), page.QuerySelector("#Input_Summary")!.TextContent.Trim());
        Assert.Equal("General Audiences", page.QuerySelector("input[name='Input.Rating'][checked]")!.GetAttribute("value"));
        Assert.Equal("The Keeper, The Gull", page.QuerySelector("#Input_Characters")!.GetAttribute("value"));

        // With the details fixed, the co-creator who does not exist is the one problem left.
        var fixedFields = PostingForms.Work("Short enough").Set("Input.CoCreators", "nobody_here");
        page = Html.Parse(await (await client.SubmitAsync("/works/new?handler=Publish", fixedFields, "/works/new")).ReadHtmlAsync());
        Assert.Equal("There is no user named \"nobody_here\" to invite as a co-creator.", page.Text("[data-valmsg-for='Input.CoCreators']"));
        await using var db = _archive.OpenDb();
        Assert.Equal(0, await db.Works.CountAsync());
    }

    [Fact]
    public async Task Preview_shows_the_work_sanitized_and_saves_nothing_then_posting_renders_it_inert()
    {
        var client = await CreatorAsync("mallory");
        const string evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var fields = PostingForms.Work($"Title {evil}", $"<p onclick=\"alert(3)\">Story text {evil}</p>")
            .Set("Input.Summary", $"<p>Summary {evil}</p>")
            .Set("Input.Notes", $"<a href=\"javascript:alert(4)\">notes</a>{evil}")
            .Set("Input.AdditionalTags", "Tag alert(5) onmouseover")
            .Set("Input.Chapters[0].Title", $"Chapter {evil}");
        var html = await (await client.SubmitAsync("/works/new?handler=Preview", fields, "/works/new")).ReadHtmlAsync();
        var page = Html.Parse(html);

        Assert.Contains("Title <script>", page.Text(".preview .work-title"));
        Assert.Contains("Story text", page.Text(".preview .chapter-text"));
        AssertInert(page);
        Assert.Contains(evil, page.QuerySelector("#Input_Chapters_0__Content")!.TextContent);  // kept in the form, as text
        await using (var db = _archive.OpenDb()) Assert.Equal(0, await db.Works.CountAsync());

        var id = await client.PostWorkAsync(fields);
        AssertInert(Html.Parse(await client.GetStringAsync($"/works/{id}")));
    }

    private static void AssertInert(AngleSharp.Dom.IDocument page)
    {
        page.AssertOnlySiteScripts();
        Assert.DoesNotContain(page.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));
    }

    [Fact]
    public async Task Plain_text_becomes_paragraphs_with_markup_shown_as_typed()
    {
        var client = await CreatorAsync("plainly");
        var fields = PostingForms.Work("Plain", "First paragraph, with <em>angle brackets</em>.\n\nSecond paragraph\nwith a line break.")
            .Set("Input.Format", "PlainText").Set("Input.Summary", "One.\n\nTwo.");
        var id = await client.PostWorkAsync(fields);
        var page = Html.Parse(await client.GetStringAsync($"/works/{id}"));
        var paragraphs = page.QuerySelectorAll(".chapter-text p");
        Assert.Equal(2, paragraphs.Length);
        Assert.Contains("<em>angle brackets</em>", paragraphs[0].TextContent);
        Assert.Single(paragraphs[1].QuerySelectorAll("br"));
        Assert.Equal(2, page.QuerySelectorAll(".summary p").Length);
    }

    [Fact]
    public async Task A_draft_is_seen_only_by_its_creator_until_posted()
    {
        var client = await CreatorAsync("drafter");
        await _archive.CreateUserAsync("peeker");
        var peeker = await _archive.SignInAsync("peeker");
        var id = await client.PostWorkAsync(PostingForms.Work("Not Yet"), handler: "Draft");

        Assert.Contains("Draft: only you can see this work.", await client.GetStringAsync($"/works/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await peeker.GetAsync($"/works/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.NewClient().GetAsync($"/works/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await peeker.GetAsync($"/works/{id}/edit")).StatusCode);
        Assert.Equal(["Not Yet"], Html.Parse(await client.GetStringAsync("/account/drafts")).Texts(".draft-list li > a:first-child"));
        Assert.Empty(Html.Parse(await peeker.GetStringAsync("/account/drafts")).Texts(".draft-list li"));

        var posted = await client.SubmitAsync($"/works/{id}/edit?handler=PostDraft", [], $"/works/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await peeker.GetAsync($"/works/{id}")).StatusCode);
        Assert.Empty(Html.Parse(await client.GetStringAsync("/account/drafts")).Texts(".draft-list li"));
        await using var db = _archive.OpenDb();
        var work = await db.Works.Include(w => w.Chapters).SingleAsync(w => w.Id == id);
        Assert.False(work.IsDraft);
        Assert.Equal(work.PublishedAt, work.Chapters.Single().PublishedAt);
    }

    [Fact]
    public async Task Editing_keeps_the_draft_state_and_changes_the_details()
    {
        var client = await CreatorAsync("reviser");
        var id = await client.PostWorkAsync(PostingForms.Work("First Title"));
        var form = Html.Parse(await client.GetStringAsync($"/works/{id}/edit"));
        Assert.Equal("First Title", form.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Original Work", form.QuerySelector("#Input_Fandoms")!.GetAttribute("value"));

        var edit = PostingForms.Work("Second Title").Set("Input.Relationships", "The Keeper & The Gull").Set("Input.Complete", "true");
        edit.RemoveAll(f => f.Key.StartsWith("Input.Chapters"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/works/{id}/edit?handler=Save", edit, $"/works/{id}/edit")).StatusCode);
        await using var db = _archive.OpenDb();
        var work = await db.Works.Include(w => w.Tags).ThenInclude(t => t.Tag).SingleAsync(w => w.Id == id);
        Assert.Equal("Second Title", work.Title);
        Assert.Contains(work.Tags, t => t.Tag.Name == "The Keeper & The Gull");
        Assert.Equal(1, work.ExpectedChapters);
        Assert.False(work.IsDraft);
    }
}
