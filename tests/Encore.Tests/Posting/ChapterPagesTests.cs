using System.Net;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.PostingPages;

public class ChapterPagesTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("writer");
        _client = await _archive.SignInAsync("writer");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<List<(int Id, string? Title, string Content)>> ChaptersAsync(int work)
    {
        await using var db = _archive.OpenDb();
        return (await db.Chapters.Where(c => c.WorkId == work).OrderBy(c => c.Position).ToListAsync()).Select(c => (c.Id, c.Title, c.Content)).ToList();
    }

    [Fact]
    public async Task The_only_chapter_cannot_be_deleted_but_others_can()
    {
        var work = await _client.PostWorkAsync(PostingForms.Work("Short Story"));
        var only = (await ChaptersAsync(work))[0].Id;
        var page = Html.Parse(await (await _client.SubmitAsync($"/works/{work}/chapters/{only}/edit?handler=Delete", [], $"/works/{work}/chapters/{only}/edit")).ReadHtmlAsync());
        Assert.Contains("its only one: delete the work instead", page.Text(".error-summary"));
        Assert.Single(await ChaptersAsync(work));

        await _client.SubmitAsync($"/works/{work}/chapters/new", [new("Input.Title", "Second"), new("Input.Content", "<p>The second chapter's text.</p>")]);
        var response = await _client.SubmitAsync($"/works/{work}/chapters/{only}/edit?handler=Delete", [], $"/works/{work}/chapters/{only}/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Second", Assert.Single(await ChaptersAsync(work)).Title);
    }

    [Fact]
    public async Task Edit_a_chapter_with_problems_shown_by_the_field_then_saved()
    {
        var work = await _client.PostWorkAsync(PostingForms.Work("Edited Story"));
        var id = (await ChaptersAsync(work))[0].Id;
        var path = $"/works/{work}/chapters/{id}/edit";
        Assert.Contains("The lighthouse keeper", Html.Parse(await _client.GetStringAsync(path)).QuerySelector("#Input_Content")!.TextContent);

        var page = Html.Parse(await (await _client.SubmitAsync(path, [new("Input.Content", "tiny"), new("Input.Title", new string('t', 256))])).ReadHtmlAsync());
        Assert.StartsWith("Chapter 1 is too short", page.Text("[data-valmsg-for='Input.Content']"));
        Assert.Contains("longer than 255", page.Text("[data-valmsg-for='Input.Title']"));
        Assert.Equal("tiny", page.QuerySelector("#Input_Content")!.TextContent.Trim());

        var saved = await _client.SubmitAsync(path, [new("Input.Title", "Renamed"), new("Input.Content", "<p>A new text for the chapter.</p>")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var chapter = Assert.Single(await ChaptersAsync(work));
        Assert.Equal(("Renamed", "<p>A new text for the chapter.</p>"), (chapter.Title, chapter.Content));
    }

    [Fact]
    public async Task Reorder_with_a_number_per_chapter_and_refuse_anything_but_a_permutation()
    {
        var work = await _client.PostWorkAsync(PostingForms.Work("Three Parts").Set("Input.Chapters[0].Title", "A"));
        foreach (var title in new[] { "B", "C" })
            await _client.SubmitAsync($"/works/{work}/chapters/new", [new("Input.Title", title), new("Input.Content", $"<p>Chapter {title} has its own text.</p>")]);
        var ids = (await ChaptersAsync(work)).Select(c => c.Id).ToList();
        var path = $"/works/{work}/chapters/order";

        var page = Html.Parse(await (await _client.SubmitAsync(path, [new($"Positions[{ids[0]}]", "1"), new($"Positions[{ids[1]}]", "1"), new($"Positions[{ids[2]}]", "3")])).ReadHtmlAsync());
        Assert.Equal("Give each chapter a different number from 1 to 3.", page.Text("[data-valmsg-for='Positions']"));
        Assert.Equal(["A", "B", "C"], (await ChaptersAsync(work)).Select(c => c.Title));

        var moved = await _client.SubmitAsync(path, [new($"Positions[{ids[0]}]", "3"), new($"Positions[{ids[1]}]", "1"), new($"Positions[{ids[2]}]", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["B", "C", "A"], (await ChaptersAsync(work)).Select(c => c.Title));
    }

    [Fact]
    public async Task Adding_a_chapter_to_a_complete_work_grows_its_expected_count_and_deleting_the_work_asks_first()
    {
        var work = await _client.PostWorkAsync(PostingForms.Work("Done Story").Set("Input.Complete", "true"));
        var form = Html.Parse(await _client.GetStringAsync($"/works/{work}/chapters/new"));
        Assert.Equal("2", form.QuerySelector("#Input_ExpectedChapters")!.GetAttribute("value"));
        await _client.SubmitAsync($"/works/{work}/chapters/new", [new("Input.Content", "<p>An epilogue after all.</p>"), new("Input.ExpectedChapters", "2")]);
        Assert.Equal("2/2", Html.Parse(await _client.GetStringAsync($"/works/{work}")).Stat("Chapters"));

        Assert.Contains("Yes, delete this work", await _client.GetStringAsync($"/works/{work}/delete"));
        var deleted = await _client.SubmitAsync($"/works/{work}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("The work has been deleted", await _client.GetStringAsync(deleted.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/works/{work}")).StatusCode);
        await using var db = _archive.OpenDb();
        Assert.Equal(0, await db.Chapters.CountAsync(c => c.WorkId == work));
    }
}
