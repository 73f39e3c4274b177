using Encore.Data;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Understanding;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Works;

public sealed class SuggestionEditingTests : EditingDatabase
{
    private const string Smash = "Smash (TV 2012)";

    private async Task<(int WorkId, int ChapterId)> PostAsync(string text)
    {
        await using var db = Open();
        var posting = new WorkPosting(db, Clock, await AnalyzerAsync(db));
        var work = await posting.PostAsync(Posting.Work("Backstage", text) with { Fandoms = [Smash] });
        return (work.Id, work.Chapters.Single().Id);
    }

    private static async Task<TextAnalyzer> AnalyzerAsync(EncoreDb db) => new(await KnowledgeBase.LoadAsync(db));

    private async Task DecideAsync(int workId, string tag, SuggestionStatus status)
    {
        await using var db = Open();
        var suggestion = await db.WorkSuggestions.SingleAsync(s => s.WorkId == workId && s.TagName == tag);
        suggestion.Status = status;
        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, WorkSuggestion>> SuggestionsAsync(int workId)
    {
        await using var db = Open();
        return await db.WorkSuggestions.Where(s => s.WorkId == workId && s.Type == TagType.Character).ToDictionaryAsync(s => s.TagName);
    }

    [Fact]
    public async Task New_text_replaces_undecided_suggestions_and_keeps_the_creators_decisions()
    {
        var (workId, chapterId) = await PostAsync(
            "<p>Karen Cartwright sang alone on the stage. Karen smiled at the empty seats.</p>" +
            "<p>Ivy Lynn watched from the wings. Ivy frowned.</p>" +
            "<p>Tom Levitt played the piano. Tom hummed along.</p>");
        Assert.Equal(["Ivy Lynn", "Karen Cartwright", "Tom Levitt"], (await SuggestionsAsync(workId)).Keys.Order(StringComparer.Ordinal).ToArray());
        await DecideAsync(workId, "Karen Cartwright", SuggestionStatus.Accepted);
        await DecideAsync(workId, "Ivy Lynn", SuggestionStatus.Rejected);
        var ivyBefore = (await SuggestionsAsync(workId))["Ivy Lynn"];

        await using (var db = Open())
            await new ChapterEditing(db, Clock, await AnalyzerAsync(db)).EditAsync(workId, chapterId, new NewChapter
            {
                Content = "<p>Derek Wills paced the rehearsal room. Derek shouted at nobody.</p>" +
                          "<p>Much later, Ivy Lynn came in. Ivy sat down.</p>",
            });

        var after = await SuggestionsAsync(workId);
        // Karen is gone from the text but the creator accepted her; Ivy is still there, still rejected, her evidence
        // re-read from the new text; Tom was undecided and is gone; Derek is new.
        Assert.Equal(["Derek Wills", "Ivy Lynn", "Karen Cartwright"], after.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(SuggestionStatus.Accepted, after["Karen Cartwright"].Status);
        Assert.Equal(SuggestionStatus.Rejected, after["Ivy Lynn"].Status);
        Assert.Equal(ivyBefore.Id, after["Ivy Lynn"].Id);
        Assert.NotEqual(ivyBefore.Evidence, after["Ivy Lynn"].Evidence);
        Assert.Contains("Much later", after["Ivy Lynn"].Evidence);
        Assert.Equal(SuggestionStatus.Suggested, after["Derek Wills"].Status);
    }

    [Fact]
    public async Task Reordering_rereads_the_evidence_and_deleting_a_chapter_drops_what_only_it_suggested()
    {
        var (workId, first) = await PostAsync("<p>Tom Levitt played the piano. Tom hummed along as Tom always did.</p>");
        int second;
        await using (var db = Open())
            second = (await new ChapterEditing(db, Clock, await AnalyzerAsync(db)).AddAsync(workId, Text("<p>Derek Wills paced the rehearsal room. Derek shouted at nobody.</p>")))!.Id;
        var tom = (await SuggestionsAsync(workId))["Tom Levitt"];
        Assert.Contains("Derek Wills", (await SuggestionsAsync(workId)).Keys);
        Assert.Contains("\"start\":0,", tom.Evidence);

        await using (var db = Open())
            await new ChapterEditing(db, Clock, await AnalyzerAsync(db)).ReorderAsync(workId, [second, first]);
        Assert.DoesNotContain("\"start\":0,", (await SuggestionsAsync(workId))["Tom Levitt"].Evidence);

        await using (var db = Open())
            await new ChapterEditing(db, Clock, await AnalyzerAsync(db)).DeleteAsync(workId, second);
        Assert.Equal(["Tom Levitt"], (await SuggestionsAsync(workId)).Keys.ToArray());
    }

    [Fact]
    public async Task Stating_a_character_in_the_details_drops_the_undecided_suggestion()
    {
        var (workId, _) = await PostAsync("<p>Tom Levitt played the piano. Tom hummed along as Tom always did.</p>");
        Assert.Contains("Tom Levitt", (await SuggestionsAsync(workId)).Keys);

        await using (var db = Open())
            await new WorkEditing(db, Clock, await AnalyzerAsync(db)).UpdateAsync(workId, Posting.Work("Backstage") with { Fandoms = [Smash], Characters = ["Tom Levitt"] });

        Assert.DoesNotContain("Tom Levitt", (await SuggestionsAsync(workId)).Keys);
    }

    [Fact]
    public async Task Without_an_analyser_suggestions_are_left_as_they_were()
    {
        var (workId, chapterId) = await PostAsync("<p>Tom Levitt played the piano. Tom hummed along as Tom always did.</p>");
        await using (var db = Open())
            await new ChapterEditing(db, Clock).EditAsync(workId, chapterId, new NewChapter { Content = "<p>Nobody at all was here.</p>" });
        Assert.Contains("Tom Levitt", (await SuggestionsAsync(workId)).Keys);
    }
}
