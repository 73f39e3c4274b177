using System.Net;
using System.Text.Json;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// Reading one thing through the API: a work with its chapters and their text, a tag with its synonyms and parents,
// tag autocomplete, a creator with pseuds and works; each with the HTML pages' visibility.
public sealed class ApiReadTests
{
    [Fact]
    public async Task A_work_comes_with_its_chapters_and_their_text_and_a_restricted_one_only_with_a_token()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        var writer = await archive.CreateUserAsync("writer");
        await archive.CreateUserAsync("reader");
        await using var db = archive.OpenDb();
        var pseud = await db.Pseuds.Where(p => p.UserId == writer.Id).Select(p => p.Id).SingleAsync();
        var work = await Posting.PostAsync(db, Posting.Work("Two Parts", "<p>First part text &amp; more.</p>", "<p>Second part, <em>emphasised</em>.</p>") with
        {
            ExternalCreators = [], PseudIds = [pseud], Restricted = true, Summary = "<p>A summary.</p>", Relationships = ["Ivy Lynn/Derek Wills"],
            ExpectedChapters = 3, Notes = "<p>Notes first.</p>",
        });
        await archive.CatchUpAsync();

        await archive.NewClient().JsonAsync($"/api/v1/works/{work.Id}", HttpStatusCode.NotFound);
        await archive.NewClient().JsonAsync($"/api/v1/works/{work.Id}/chapters", HttpStatusCode.NotFound);
        var reader = archive.Bearer(await archive.CreateAsync("reader"));
        var json = await reader.JsonAsync($"/api/v1/works/{work.Id}");
        var summary = json.GetProperty("work");
        Assert.Equal("Two Parts", summary.GetProperty("title").GetString());
        Assert.Equal("2/3", summary.GetProperty("chapters").GetString());
        Assert.True(summary.GetProperty("restricted").GetBoolean());
        Assert.Equal(["Ivy Lynn/Derek Wills"], summary.GetProperty("relationships").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([new { Name = "writer", User = "writer" }.ToString()],
            summary.GetProperty("creators").EnumerateArray().Select(c => new { Name = c.GetProperty("name").GetString(), User = c.GetProperty("user").GetString() }.ToString()));
        Assert.Equal("<p>Notes first.</p>", json.GetProperty("notes").GetString());
        var chapters = json.GetProperty("chapterList").EnumerateArray().ToList();
        Assert.Equal([1, 2], chapters.Select(c => c.GetProperty("position").GetInt32()));

        var second = await reader.JsonAsync($"/api/v1/works/{work.Id}/chapters/{chapters[1].GetProperty("id").GetInt32()}");
        Assert.Equal("<p>Second part, <em>emphasised</em>.</p>", second.GetProperty("content").GetString());
        var all = await reader.JsonAsync($"/api/v1/works/{work.Id}/chapters");
        Assert.Equal(["<p>First part text &amp; more.</p>", "<p>Second part, <em>emphasised</em>.</p>"],
            all.EnumerateArray().Select(c => c.GetProperty("content").GetString()));
        await reader.JsonAsync($"/api/v1/works/{work.Id}/chapters/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_shows_only_to_its_creator_and_a_hidden_work_to_its_creator_and_admins()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        var writer = await archive.CreateUserAsync("writer");
        await archive.CreateUserAsync("reader");
        await archive.CreateUserAsync("chief", admin: true);
        await using var db = archive.OpenDb();
        var pseud = await db.Pseuds.Where(p => p.UserId == writer.Id).Select(p => p.Id).SingleAsync();
        var draft = await Posting.PostAsync(db, Posting.Work("A Draft") with { ExternalCreators = [], PseudIds = [pseud], IsDraft = true });
        var hidden = await Posting.PostAsync(db, Posting.Work("Hidden") with { ExternalCreators = [], PseudIds = [pseud] });
        Assert.Null(await WorkHiding.HideAsync(db, hidden.Id, "Spam"));
        await archive.CatchUpAsync();
        var own = archive.Bearer(await archive.CreateAsync("writer"));
        var other = archive.Bearer(await archive.CreateAsync("reader"));
        var admin = archive.Bearer(await archive.CreateAsync("chief"));
        Assert.True((await own.JsonAsync($"/api/v1/works/{draft.Id}")).GetProperty("draft").GetBoolean());
        await other.JsonAsync($"/api/v1/works/{draft.Id}", HttpStatusCode.NotFound);
        await admin.JsonAsync($"/api/v1/works/{draft.Id}", HttpStatusCode.NotFound);
        Assert.Equal("Spam", (await own.JsonAsync($"/api/v1/works/{hidden.Id}")).GetProperty("hiddenReason").GetString());
        await admin.JsonAsync($"/api/v1/works/{hidden.Id}");
        await other.JsonAsync($"/api/v1/works/{hidden.Id}", HttpStatusCode.NotFound);
        await archive.NewClient().JsonAsync($"/api/v1/works/{hidden.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tags_come_with_synonyms_and_parents_and_autocomplete_offers_canonical_tags()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        await using var db = archive.OpenDb();
        await Posting.PostAsync(db, Posting.Work("Tagged") with { Fandoms = ["Smash (TV 2012)"], Relationships = ["Derek Wills/Ivy Lynn", "Derek/Ivy"] });
        var wrangling = new Encore.Tags.TagWrangling(db);
        var canonical = await db.Tags.SingleAsync(t => t.Name == "Derek Wills/Ivy Lynn");
        var synonym = await db.Tags.SingleAsync(t => t.Name == "Derek/Ivy");
        Assert.Null(await wrangling.MergeAsync(synonym.Id, canonical.Name));
        // Posting made the work's fandom the relationship's parent.
        await archive.CatchUpAsync();

        var tag = await archive.NewClient().JsonAsync("/api/v1/tags/" + TagUrl.Escape("Derek Wills/Ivy Lynn"));
        Assert.Equal("relationship", tag.GetProperty("type").GetString());
        Assert.True(tag.GetProperty("canonical").GetBoolean());
        Assert.Equal(["Derek/Ivy"], tag.GetProperty("synonyms").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["Smash (TV 2012)"], tag.GetProperty("parents").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var works = await archive.NewClient().JsonAsync(new Uri(tag.GetProperty("works").GetString()!).PathAndQuery);
        Assert.Equal(1, works.GetProperty("total").GetInt32());

        var syn = await archive.NewClient().JsonAsync("/api/v1/tags/" + TagUrl.Escape("Derek/Ivy"));
        Assert.Equal("Derek Wills/Ivy Lynn", syn.GetProperty("synonymOf").GetProperty("name").GetString());
        Assert.False(syn.GetProperty("canonical").GetBoolean());

        var offered = await archive.NewClient().JsonAsync("/api/v1/tags/autocomplete?type=relationship&term=der");
        Assert.Contains("Derek Wills/Ivy Lynn", offered.EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain("Derek/Ivy", offered.EnumerateArray().Select(t => t.GetString()));
        var problem = await archive.NewClient().JsonAsync("/api/v1/tags/autocomplete?type=spaceship&term=der", HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.Errors("type"));
        await archive.NewClient().JsonAsync("/api/v1/tags/Nothing Like It", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_creator_comes_with_pseuds_and_works_that_the_reader_may_see()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        var writer = await archive.CreateUserAsync("writer");
        await archive.CreateUserAsync("reader");
        await using var db = archive.OpenDb();
        Assert.Null(await Encore.People.PseudEditing.AddAsync(db, writer.Id, "Quill"));
        var pseuds = await db.Pseuds.Where(p => p.UserId == writer.Id).ToDictionaryAsync(p => p.Name, p => p.Id);
        var open = await Posting.PostAsync(db, Posting.Work("Open Work") with { ExternalCreators = [], PseudIds = [pseuds["Quill"]] });
        var members = await Posting.PostAsync(db, Posting.Work("Members Work") with { ExternalCreators = [], PseudIds = [pseuds["writer"]], Restricted = true });
        await archive.CatchUpAsync();

        var user = await archive.NewClient().JsonAsync("/api/v1/users/writer");
        Assert.Equal("writer", user.GetProperty("name").GetString());
        Assert.Equal(["writer", "Quill"], user.GetProperty("pseuds").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal([open.Id], user.GetProperty("works").Ids());
        var asReader = await archive.Bearer(await archive.CreateAsync("reader")).JsonAsync("/api/v1/users/writer");
        Assert.Equal(new[] { members.Id, open.Id }.Order(), asReader.GetProperty("works").Ids().Order());
        var quill = user.GetProperty("pseuds").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Quill").GetProperty("works").GetString()!;
        Assert.Equal([open.Id], (await archive.NewClient().JsonAsync(new Uri(quill).PathAndQuery)).Ids());
        await archive.NewClient().JsonAsync("/api/v1/users/writer/works?pseud=Nobody", HttpStatusCode.NotFound);
        await archive.NewClient().JsonAsync("/api/v1/users/nobody", HttpStatusCode.NotFound);
    }
}
