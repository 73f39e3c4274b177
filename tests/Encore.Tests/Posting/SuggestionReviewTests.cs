using System.Net;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.PostingPages;

public class SuggestionReviewTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<int> SuggestAsync(int work, TagType type, string name)
    {
        await using var db = _archive.OpenDb();
        var s = new WorkSuggestion { WorkId = work, Type = type, TagName = name, Confidence = 0.8, CreatedAt = DateTime.UtcNow,
            Evidence = "[{\"quote\":\"The fog took him.\",\"start\":0,\"end\":17}]" };
        db.WorkSuggestions.Add(s);
        await db.SaveChangesAsync();
        return s.Id;
    }

    [Fact]
    public async Task The_creator_accepts_one_suggestion_as_a_tag_and_rejects_another()
    {
        await _archive.CreateUserAsync("tagger");
        var client = await _archive.SignInAsync("tagger");
        var work = await client.PostWorkAsync(PostingForms.Work("Suggested"));
        var grief = await SuggestAsync(work, TagType.Freeform, "Grief");
        var death = await SuggestAsync(work, TagType.ArchiveWarning, FixedTags.MajorCharacterDeath);
        var wrong = await SuggestAsync(work, TagType.Character, "Somebody Else");

        var edit = Html.Parse(await client.GetStringAsync($"/works/{work}/edit"));
        // Encore's own reading of the text may add more (a rating); ours are listed with their evidence.
        Assert.Superset(new HashSet<string> { "Grief", FixedTags.MajorCharacterDeath, "Somebody Else" }, edit.Texts(".suggestion-review .suggested-tag").ToHashSet());
        Assert.Contains("“The fog took him.”", edit.Texts(".suggestion-review .suggested-evidence"));
        Assert.Contains("Somebody Else", Html.Parse(await client.GetStringAsync($"/works/{work}")).Text(".suggested"));

        foreach (var (id, decision) in new[] { (grief, "accept"), (death, "accept"), (wrong, "reject") })
        {
            var answer = await client.SubmitAsync($"/works/{work}/suggestions", [new("suggestionId", id.ToString()), new("decision", decision), new("returnTo", "edit")]);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        }

        await using var db = _archive.OpenDb();
        var tags = await db.WorkTags.Where(t => t.WorkId == work).Select(t => t.Tag.Name).ToListAsync();
        Assert.Contains("Grief", tags);
        Assert.Contains(FixedTags.MajorCharacterDeath, tags);
        Assert.DoesNotContain(FixedTags.NoWarningsApply, tags);
        Assert.DoesNotContain("Somebody Else", tags);
        Assert.Equal([SuggestionStatus.Accepted, SuggestionStatus.Accepted, SuggestionStatus.Rejected],
            await db.WorkSuggestions.Where(s => s.Id == grief || s.Id == death || s.Id == wrong).OrderBy(s => s.Id).Select(s => s.Status).ToListAsync());
        var page = Html.Parse(await client.GetStringAsync($"/works/{work}"));
        Assert.DoesNotContain("Somebody Else", page.QuerySelector(".suggested")?.TextContent ?? "");
        Assert.Contains("Grief", page.Texts(".work-meta a.tag"));
    }

    [Fact]
    public async Task Another_user_cannot_answer_a_creators_suggestions()
    {
        await _archive.CreateUserAsync("author");
        await _archive.CreateUserAsync("meddler");
        var work = await (await _archive.SignInAsync("author")).PostWorkAsync(PostingForms.Work("Mine"));
        var id = await SuggestAsync(work, TagType.Freeform, "Angst");
        var meddler = await _archive.SignInAsync("meddler");
        var answer = await meddler.SubmitAsync($"/works/{work}/suggestions", [new("suggestionId", id.ToString()), new("decision", "accept")], "/works/new");
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        await using var db = _archive.OpenDb();
        Assert.Equal(SuggestionStatus.Suggested, await db.WorkSuggestions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync());
    }
}
