using System.Net;
using Encore.Search;
using Encore.Tests.PostingPages;
using Encore.Tests.Readers;
using Encore.Tests.Support;
using Encore.Web;
using Encore.Works;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Tests.IndexUpkeep;

// Each kind of change made through the archive's own pages. The answer to a POST leaves only after this node's
// index caught up, so the change must already show in a search when the response arrives, and the index must
// equal a fresh build from the database.
public sealed class IndexUpkeepPagesTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private IndexHost Host => _archive.Services.GetRequiredService<IndexHost>();

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "reader" }) await _archive.CreateUserAsync(name);
        await _archive.CreateUserAsync("boss", admin: true);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private List<int> Ids(WorkQuery q) => Host.Index.Search(q with { PageSize = 1000 }).WorkIds.ToList();

    private async Task<int> TagAsync(string name)
    {
        await using var db = _archive.OpenDb();
        return await db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
    }

    private async Task CheckAsync(string step, HttpResponseMessage response, Func<bool> visible)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step}: answered {(int)response.StatusCode}");
        Assert.True(visible(), $"{step}: the change does not show in the index");
        var problems = await Host.VerifyAsync();
        Assert.True(problems.Count == 0, $"{step}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task Posts_edits_chapters_deletes_hiding_kudos_comments_bookmarks_suggestions_wrangling_and_closing_keep_the_index_true()
    {
        var writer = await _archive.SignInAsync("writer");
        var reader = await _archive.SignInAsync("reader");
        var boss = await _archive.SignInAsync("boss");
        var guest = new WorkQuery();
        var member = new WorkQuery { ReaderUserId = "someone" };
        int a = 0, b = 0;

        a = await writer.PostWorkAsync(PostingForms.Work("Zulu Keeper").Set("Input.AdditionalTags", "Fog, Lighthouses"));
        Assert.Contains(a, Ids(new WorkQuery { IncludeTagIds = [await TagAsync("Lighthouses")] }));
        b = await writer.PostWorkAsync(PostingForms.Work("Beta Gull").Set("Input.AdditionalTags", "Fog"));
        Assert.Empty(await Host.VerifyAsync());

        var edit = PostingForms.Work("Aardvark Keeper").Set("Input.AdditionalTags", "Fog, Mist");
        edit.RemoveAll(f => f.Key.StartsWith("Input.Chapters"));
        var lighthouses = await TagAsync("Lighthouses");
        await CheckAsync("edit title and tags", await writer.SubmitAsync($"/works/{a}/edit?handler=Save", edit, $"/works/{a}/edit"),
            () => Ids(guest with { Sort = WorkSort.Title, Descending = false })[0] == a && !Ids(guest with { IncludeTagIds = [lighthouses] }).Contains(a));

        await CheckAsync("add a chapter", await writer.SubmitAsync($"/works/{a}/chapters/new", [new("Input.Title", "Two"), new("Input.Content", "<p>The second chapter.</p>")]),
            () => !Ids(guest with { SingleChapter = true }).Contains(a));
        int first;
        await using (var db = _archive.OpenDb()) first = await db.Chapters.Where(c => c.WorkId == a).OrderBy(c => c.Position).Select(c => c.Id).FirstAsync();
        await CheckAsync("delete a chapter", await writer.SubmitAsync($"/works/{a}/chapters/{first}/edit?handler=Delete", [], $"/works/{a}/chapters/{first}/edit"),
            () => Ids(guest with { SingleChapter = true }).Contains(a));

        await CheckAsync("hide", await boss.SubmitAsync($"/works/{a}", "form.admin-hide", new() { ["Input.Reason"] = "Checking" }),
            () => !Ids(guest).Contains(a) && Ids(member with { ReaderIsAdmin = true }).Contains(a));
        await CheckAsync("unhide", await boss.SubmitAsync($"/works/{a}", "form.admin-hide"), () => Ids(guest).Contains(a));

        await CheckAsync("kudos", await reader.PostFormAsync($"/works/{b}/kudos", new(), formPage: $"/works/{b}"),
            () => Ids(guest with { Sort = WorkSort.Kudos })[0] == b);
        string chapter;
        await using (var db = _archive.OpenDb()) chapter = (await db.Chapters.Where(c => c.WorkId == a).Select(c => c.Id).FirstAsync()).ToString();
        await CheckAsync("comment", await reader.PostFormAsync($"/works/{a}/comments/new", new() { ["Input.ChapterId"] = chapter, ["Input.Text"] = "Lovely." }, formPage: $"/works/{a}"),
            () => Ids(guest with { Sort = WorkSort.Comments })[0] == a);
        await CheckAsync("bookmark", await reader.PostFormAsync($"/works/{b}/bookmark", new() { ["Input.Notes"] = "", ["Input.IsPrivate"] = "false" }),
            () => Ids(guest with { Sort = WorkSort.Bookmarks })[0] == b);

        // Suggestions are written by the analyser outside any page; the next catch-up (here, the review's POST) brings them.
        int grief, stranger;
        await using (var db = _archive.OpenDb())
        {
            var s1 = new WorkSuggestion { WorkId = a, Type = Encore.Tags.TagType.Freeform, TagName = "Grief", Evidence = "[]", CreatedAt = DateTime.UtcNow };
            var s2 = new WorkSuggestion { WorkId = a, Type = Encore.Tags.TagType.Character, TagName = "Somebody Else", Evidence = "[]", CreatedAt = DateTime.UtcNow };
            db.WorkSuggestions.AddRange(s1, s2);
            await db.SaveChangesAsync();
            (grief, stranger) = (s1.Id, s2.Id);
        }
        await CheckAsync("accept a suggestion", await writer.SubmitAsync($"/works/{a}/suggestions", [new("suggestionId", grief.ToString()), new("decision", "accept")], $"/works/{a}/edit"),
            () => Ids(guest with { IncludeTagIds = [TagAsync("Grief").Result] }).Contains(a) && !Ids(member with { BlockedSuggestionNames = ["somebody else"] }).Contains(a));
        await CheckAsync("reject a suggestion", await writer.SubmitAsync($"/works/{a}/suggestions", [new("suggestionId", stranger.ToString()), new("decision", "reject")], $"/works/{a}/edit"),
            () => Ids(member with { BlockedSuggestionNames = ["somebody else"] }).Contains(a));

        string Edit(string name) => Links.AdminTag(name);
        await CheckAsync("make a tag canonical", await boss.PostFormAsync(Edit("Mist") + "?handler=Canonical", new() { ["canonical"] = "true" }, formPage: Edit("Mist")), () => true);
        var fog = await TagAsync("Fog");
        await CheckAsync("merge a tag", await boss.PostFormAsync(Edit("Fog") + "?handler=Merge", new() { ["MergeInto"] = "Mist" }, formPage: Edit("Fog")),
            () => Ids(guest with { IncludeTagIds = [TagAsync("Mist").Result] }).Order().SequenceEqual(new[] { a, b }.Order())
                && Ids(guest with { IncludeTagIds = [fog] }).Count == 2);
        var c = await writer.PostWorkAsync(PostingForms.Work("Weather Report").Set("Input.AdditionalTags", "Weather"));
        await boss.PostFormAsync(Edit("Weather") + "?handler=Canonical", new() { ["canonical"] = "true" }, formPage: Edit("Weather"));
        await CheckAsync("set a meta tag", await boss.PostFormAsync(Edit("Mist") + "?handler=AddParent", new() { ["ParentName"] = "Weather" }, formPage: Edit("Mist")),
            () => Ids(guest with { IncludeTagIds = [TagAsync("Weather").Result] }).Order().SequenceEqual(new[] { a, b, c }.Order()));

        await CheckAsync("delete a work", await writer.SubmitAsync($"/works/{b}/delete", []), () => !Ids(guest).Contains(b));

        string writerId;
        await using (var db = _archive.OpenDb()) writerId = await db.Users.Where(u => u.UserName == "writer").Select(u => u.Id).SingleAsync();
        Assert.DoesNotContain(a, Ids(member with { MutedUserIds = [writerId] }));
        await CheckAsync("close the account", await writer.PostFormAsync("/account/delete", new() { ["Password"] = TestPeople.Password, ["Works"] = "Orphan" }),
            () => Ids(member with { MutedUserIds = [writerId] }).Contains(a));
    }

    // `encore import`, a script or another node write through their own connection; no POST reaches this node.
    [Fact]
    public async Task A_change_written_by_another_connection_is_picked_up_without_a_post()
    {
        int id;
        await using (var db = _archive.OpenDb())
            id = (await Support.Posting.PostAsync(db, Support.Posting.Work("Imported Elsewhere") with { AdditionalTags = ["Elsewhere"] })).Id;
        await Host.CatchUpAsync();
        Assert.Equal([id], Ids(new WorkQuery { IncludeTagIds = [await TagAsync("Elsewhere")] }));
        await using (var db = _archive.OpenDb())
            await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, "by a script"));
        await Host.CatchUpAsync();
        Assert.Empty(Ids(new WorkQuery()));
        Assert.Empty(await Host.VerifyAsync());
    }
}
