using Encore.Data;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Works;

public sealed class WorkPostingTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private DatabaseSettings _settings = null!;

    public async Task InitializeAsync()
    {
        _settings = new DatabaseSettings(DatabaseProvider.Sqlite, _folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(_settings);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_posted_work_is_stored_sanitized_counted_and_tagged()
    {
        await using (var db = DatabaseServices.Open(_settings))
        {
            await Posting.PostAsync(db, Posting.Work("  Two   Chapters ", "<p>One two three <script>x()</script></p>", "<p>four five</p>") with
            {
                Rating = FixedTags.Mature,
                Warnings = [FixedTags.NoWarningsApply],
                Categories = ["F/M"],
                Relationships = ["Maren Holt/Ada Vance"],
                Characters = ["Maren Holt"],
                ExpectedChapters = 2,
                Summary = "<p onclick='x'>A summary</p>",
            });
        }

        await using var read = DatabaseServices.Open(_settings);
        var work = await read.Works.Include(w => w.Chapters).Include(w => w.Tags).ThenInclude(t => t.Tag).SingleAsync();
        Assert.Equal("Two Chapters", work.Title);
        Assert.Equal("<p>A summary</p>", work.Summary);
        Assert.Equal("<p>One two three </p>", work.Chapters.Single(c => c.Position == 1).Content);
        Assert.Equal(5, work.WordCount);
        Assert.Equal(2, work.ChapterCount);
        Assert.True(work.IsComplete);
        Assert.Equal(DateTimeKind.Utc, work.PublishedAt.Kind);
        Assert.Equal(
            ["F/M", "Maren Holt", "Maren Holt/Ada Vance", "Mature", "No Archive Warnings Apply", "Test Fandom"],
            work.Tags.Select(t => t.Tag.Name).Order(StringComparer.Ordinal).ToArray());
        // The new character of a single-fandom work is filed under that fandom.
        var maren = await read.Tags.Include(t => t.ParentLinks).ThenInclude(p => p.Parent).SingleAsync(t => t.Name == "Maren Holt");
        Assert.Equal("Test Fandom", maren.ParentLinks.Single().Parent.Name);
    }

    [Fact]
    public async Task Tags_are_shared_between_works_regardless_of_case()
    {
        await using var db = DatabaseServices.Open(_settings);
        await Posting.PostAsync(db, Posting.Work("One") with { AdditionalTags = ["Angst"] });
        await Posting.PostAsync(db, Posting.Work("Two") with { AdditionalTags = ["angst"], Fandoms = ["test fandom"] });
        Assert.Equal(1, await db.Tags.CountAsync(t => t.NormalizedName == "angst"));
        Assert.Equal(1, await db.Tags.CountAsync(t => t.Type == TagType.Fandom && t.NormalizedName == "test fandom"));
    }

    [Fact]
    public async Task A_name_used_by_another_tag_type_gets_its_type_added()
    {
        await using var db = DatabaseServices.Open(_settings);
        await Posting.PostAsync(db, Posting.Work("One") with { Fandoms = ["Smash"], AdditionalTags = ["Smash"] });
        Assert.Equal(TagType.Freeform, (await db.Tags.SingleAsync(t => t.Name == "Smash (Additional Tag)")).Type);
    }

    [Fact]
    public async Task An_invalid_work_is_refused_with_every_problem_and_nothing_is_written()
    {
        await using var db = DatabaseServices.Open(_settings);
        var tagsBefore = await db.Tags.CountAsync();
        var bad = Posting.Work(new string('t', 300), "short") with { Fandoms = [], Rating = "PG-13", AdditionalTags = ["bad,tag"] };
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Posting.PostAsync(db, bad));
        Assert.Equal(["Title", "Rating", "Fandoms", "Additional Tags", "Content"], error.Problems.Select(p => p.Field).ToArray());
        Assert.Equal(0, await db.Works.CountAsync());
        Assert.Equal(tagsBefore, await db.Tags.CountAsync());
    }

    [Fact]
    public async Task In_progress_when_the_chapter_total_is_unknown()
    {
        await using var db = DatabaseServices.Open(_settings);
        var work = await Posting.PostAsync(db, Posting.Work("WIP", "<p>first chapter</p>"));
        Assert.False(work.IsComplete);
        Assert.Equal("1/?", WorkStats.ChapterLine(work));
    }
}
