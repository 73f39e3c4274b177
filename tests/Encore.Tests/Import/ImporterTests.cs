using System.Text;
using Encore.Data;
using Encore.Import;
using Encore.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Import;

// The importer against a real SQLite archive built by the migrations.
public sealed class ImporterTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync();
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private const string Post = "21 June 2018 @ 06:23 pm\nSMASH: curtain call\nCurtain Call\nKaren/Ivy\n\nThe curtain came down and neither of them moved.\n\nThen Ivy laughed, and Karen laughed, and the stage manager shouted at them both.\n\nCurrent Mood: happyhappy\n";

    private async Task<ImportOutcome> ImportAsync(string source, string text, ImportOptions? options = null, Encoding? encoding = null)
    {
        await using var db = _archive.OpenDb();
        return await new Importer(db, TimeProvider.System, options ?? new ImportOptions()).ImportAsync(source, (encoding ?? Encoding.UTF8).GetBytes(text));
    }

    private async Task<(int Works, int Chapters, int Tags, int Posts)> CountsAsync()
    {
        await using var db = _archive.OpenDb();
        return (await db.Works.CountAsync(), await db.Chapters.CountAsync(), await db.Tags.CountAsync(), await db.ImportedPosts.CountAsync());
    }

    [Fact]
    public async Task An_imported_post_becomes_a_work_with_its_provenance_on_the_work_page()
    {
        var outcome = await ImportAsync("posts/curtain-call.txt", Post);
        Assert.Equal(ImportOutcome.Imported, outcome.Status);
        var id = outcome.Work!.Id!.Value;

        await using (var db = _archive.OpenDb())
        {
            var work = await db.Works.Include(w => w.Tags).ThenInclude(t => t.Tag).SingleAsync(w => w.Id == id);
            Assert.Equal("Curtain Call", work.Title);
            Assert.Equal(new DateTime(2018, 6, 21, 0, 0, 0, DateTimeKind.Utc), work.PublishedAt);
            Assert.Equal("curtain-call.txt", work.ImportSource);
            Assert.Contains(work.Tags, t => t.Tag.Name == "Smash (TV 2012)");
            var record = await db.ImportedPosts.SingleAsync(p => p.WorkId == id);
            Assert.Equal("text", record.Format);
            Assert.Equal("{\"Mood\":\"happy\"}", record.PostMetadata);
        }

        var page = Html.Parse(await _archive.GetHtmlAsync($"/works/{id}"));
        var meta = page.Texts(".work-meta .meta > dt").Zip(page.Texts(".work-meta .meta > dd")).ToDictionary(p => p.First, p => p.Second);
        Assert.StartsWith("from curtain-call.txt on ", meta["Imported:"]);
        Assert.Contains("neither of them moved", page.Text(".chapter-text"));
    }

    [Fact]
    public async Task An_import_stores_suggestions_from_the_text_and_the_work_page_shows_them_folded_apart_from_the_tags()
    {
        const string text = "Title: After the Opening\nFandom: Smash\n\nIvy overdosed the night after the opening. Derek found her and called an ambulance, and she spent two days in the hospital.\n\nKaren sat with Ivy every afternoon. Derek brought flowers and said nothing.\n";
        var outcome = await ImportAsync("after.txt", text);
        var suggestions = outcome.Work!.Suggestions!;
        Assert.Contains(suggestions, s => s.Tag == "Drug Overdose" && s.Evidence[0].Quote.StartsWith("Ivy overdosed"));
        Assert.Contains(suggestions, s => s.Tag == "Ivy Lynn" && s.Type == "character");

        await using (var db = _archive.OpenDb())
            Assert.Contains(await db.WorkSuggestions.Where(s => s.WorkId == outcome.Work.Id).Select(s => s.TagName).ToListAsync(), t => t == "Hospitalization");

        var page = Html.Parse(await _archive.GetHtmlAsync($"/works/{outcome.Work.Id}"));
        var box = page.QuerySelector("details.suggested")!;
        Assert.False(box.HasAttribute("open"));
        Assert.Contains("Suggested by Encore from the text", box.QuerySelector("summary")!.TextContent);
        Assert.Contains("Drug Overdose", page.Texts("details.suggested .suggested-tag"));
        // Suggestions are not the creator's tags.
        Assert.DoesNotContain("Drug Overdose", page.Texts(".work-meta a.tag"));
    }

    [Fact]
    public async Task The_same_post_again_is_a_duplicate_even_with_other_line_ends_and_encoding()
    {
        var first = await ImportAsync("a.txt", Post);
        var again = await ImportAsync("b.txt", Post.Replace("\n", "\r\n"), encoding: Encoding.Unicode);
        Assert.Equal(ImportOutcome.Duplicate, again.Status);
        Assert.Equal(first.Work!.Id, again.Work!.Id);
        Assert.Equal(1, (await CountsAsync()).Posts);
    }

    [Fact]
    public async Task A_dry_run_without_a_database_knows_the_shipped_fandoms_as_an_import_would()
    {
        var outcome = await new Importer(null, TimeProvider.System, new ImportOptions(DryRun: true)).ImportAsync("dry.txt", Encoding.UTF8.GetBytes(Post));
        Assert.Equal(["Smash (TV 2012)"], outcome.Work!.Fandoms);
    }

    [Fact]
    public async Task A_dry_run_reports_without_writing()
    {
        var before = await CountsAsync();
        var outcome = await ImportAsync("dry.txt", Post, new ImportOptions(DryRun: true));
        Assert.Equal(ImportOutcome.Imported, outcome.Status);
        Assert.Null(outcome.Work!.Id);
        Assert.Equal("Curtain Call", outcome.Work.Title);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_post_that_breaks_the_archives_rules_fails_and_writes_nothing()
    {
        var before = await CountsAsync();
        var outcome = await ImportAsync("tiny.txt", "Title: Tiny\nFandom: Brand New Fandom\nCharacters: Nobody New\n\nHi");
        Assert.Equal(ImportOutcome.Failed, outcome.Status);
        Assert.Contains("too short", outcome.Error);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_failure_while_saving_leaves_no_half_written_work_and_the_next_import_works()
    {
        await using (var connection = new SqliteConnection($"Data Source={_archive.Database.Target}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER fail_import BEFORE INSERT ON ImportedPosts BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;";
            await command.ExecuteNonQueryAsync();
        }
        var before = await CountsAsync();
        var text = Post.Replace("Karen/Ivy", "Brand New/Relationship Tag");
        var failed = await ImportAsync("fail.txt", text);
        Assert.Equal(ImportOutcome.Failed, failed.Status);
        Assert.Contains("disk full (simulated)", failed.Error);
        Assert.Equal(before, await CountsAsync());

        await using (var connection = new SqliteConnection($"Data Source={_archive.Database.Target}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER fail_import;";
            await command.ExecuteNonQueryAsync();
        }
        var retried = await ImportAsync("fail.txt", text);
        Assert.Equal(ImportOutcome.Imported, retried.Status);
        await using var db = _archive.OpenDb();
        var tag = await db.Tags.Include(t => t.ParentLinks).ThenInclude(p => p.Parent).SingleAsync(t => t.Name == "Brand New/Relationship Tag");
        // Imports save with change detection off: the new tag's link to its fandom must still be written.
        Assert.Equal("Smash (TV 2012)", tag.ParentLinks.Single().Parent.Name);
    }

    [Fact]
    public async Task One_importer_carries_on_past_failures_and_reuses_tags()
    {
        await using var db = _archive.OpenDb();
        var importer = new Importer(db, TimeProvider.System, new ImportOptions());
        var results = new List<ImportOutcome>();
        for (var i = 0; i < 20; i++)
        {
            var text = i % 5 == 4 ? "" : $"Title: Batch {i}\nFandom: Batch Fandom\nPairing: A/B\n\nStory number {i} is about a batch of stories.\n";
            results.Add(await importer.ImportAsync($"batch-{i}.txt", Encoding.UTF8.GetBytes(text)));
        }
        Assert.Equal(16, results.Count(r => r.Status == ImportOutcome.Imported));
        Assert.Equal(4, results.Count(r => r.Status == ImportOutcome.Failed));
        Assert.Equal(1, await db.Tags.CountAsync(t => t.Name == "Batch Fandom"));
        Assert.Equal(16, await db.Works.CountAsync(w => w.Title.StartsWith("Batch ")));
    }
}
