using Encore.Tags;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Works;

public sealed class WorkEditingTests : EditingDatabase
{
    private async Task<T> Details<T>(Func<WorkEditing, Task<T>> edit)
    {
        await using var db = Open();
        return await edit(new WorkEditing(db, Clock));
    }

    private static NewWork Original => Posting.Work("Before", "<p>one two</p>", "<p>three four five</p>") with
    {
        Rating = FixedTags.TeenAndUp,
        Warnings = [FixedTags.NoWarningsApply],
        Categories = ["Gen"],
        Characters = ["Old Character"],
        AdditionalTags = ["Angst", "Fluff"],
        Summary = "<p>old summary</p>",
        Gifts = ["Old Friend", "Kept Friend"],
        SeriesTitle = "Old Series",
    };

    [Fact]
    public async Task Editing_replaces_the_details_tags_gifts_and_series()
    {
        var id = await PostAsync(Original);
        var before = await ReadAsync(id);
        Clock.Advance(TimeSpan.FromDays(2));

        await Details(e => e.UpdateAsync(id, Original with
        {
            Title = "  After   All ",
            Rating = FixedTags.Mature,
            Warnings = [FixedTags.GraphicViolence, FixedTags.MajorCharacterDeath],
            Categories = ["F/F", "Multi"],
            Fandoms = ["Test Fandom"],
            Relationships = ["New One/New Two"],
            Characters = ["New One"],
            AdditionalTags = ["Fluff", "Hurt/Comfort"],
            Summary = "<p onclick=\"x()\">new summary</p>",
            Notes = "<p>new notes</p>",
            EndNotes = "<p>new end notes</p>",
            Language = " fr ",
            ExpectedChapters = 2,
            Restricted = true,
            IsDraft = true,
            Gifts = ["Kept Friend", " New Friend "],
            SeriesTitle = "New Series",
            // Not edited here: chapters, creators and dates have their own ways in.
            Chapters = [],
            ExternalCreators = ["someone else"],
            PublishedAt = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        }));

        var work = await ReadAsync(id);
        Assert.Equal(("After All", "<p>new summary</p>", "<p>new notes</p>", "<p>new end notes</p>", "fr"), (work.Title, work.Summary, work.Notes, work.EndNotes, work.Language));
        Assert.Equal((2, true, true, true), (work.ExpectedChapters, work.IsComplete, work.Restricted, work.IsDraft));
        Assert.Equal(
            ["F/F", "Fluff", "Graphic Depictions Of Violence", "Hurt/Comfort", "Major Character Death", "Mature", "Multi", "New One", "New One/New Two", "Test Fandom"],
            TagNames(work));
        Assert.Equal(["Kept Friend", "New Friend"], work.Gifts.Select(g => g.RecipientName).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("New Series", work.SeriesLinks.Single().Series.Title);
        Assert.Equal((before.PublishedAt, before.UpdatedAt), (work.PublishedAt, work.UpdatedAt));
        Assert.Equal((2, 5), (work.ChapterCount, work.WordCount));

        await using var db = Open();
        // The kept gift is the same row; tags no work uses any more are still in the archive; the new character is
        // filed under the work's one fandom, as on posting.
        Assert.Equal(before.Gifts.Single(g => g.RecipientName == "Kept Friend").Id, work.Gifts.Single(g => g.RecipientName == "Kept Friend").Id);
        Assert.True(await db.Tags.AnyAsync(t => t.Name == "Old Character"));
        Assert.Equal("Test Fandom", (await db.Tags.Include(t => t.ParentLinks).ThenInclude(p => p.Parent).SingleAsync(t => t.Name == "New One")).ParentLinks.Single().Parent.Name);
        Assert.Equal("test author", (await db.Creatorships.SingleAsync(c => c.WorkId == id)).ExternalName);
    }

    [Fact]
    public async Task A_rejected_edit_names_every_problem_and_changes_nothing()
    {
        var id = await PostAsync(Original);
        var tagsBefore = await CountTagsAsync();
        var bad = Original with
        {
            Title = " ",
            Summary = new string('s', 1251),
            Notes = new string('n', 5001),
            EndNotes = new string('e', 5001),
            Rating = "PG-13",
            Warnings = [],
            Categories = ["Romance"],
            Fandoms = [],
            Characters = ["Brand New Character", "bad*name"],
            AdditionalTags = Enumerable.Range(1, 75).Select(i => $"Tag {i}").ToList(),
            ExpectedChapters = 1,
            Gifts = ["Someone New"],
            SeriesTitle = "Another Series",
        };

        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Details(e => e.UpdateAsync(id, bad)));

        Assert.Equal(
            [
                new FieldProblem("Title", "A work needs a title."),
                new FieldProblem("Summary", "Summary can be at most 1,250 characters; it has 1,251."),
                new FieldProblem("Notes", "Notes can be at most 5,000 characters; it has 5,001."),
                new FieldProblem("EndNotes", "End notes can be at most 5,000 characters; it has 5,001."),
                new FieldProblem("Rating", "\"PG-13\" is not a rating. Choose one of: Not Rated, General Audiences, Teen And Up Audiences, Mature, Explicit."),
                new FieldProblem("Warnings", "Choose at least one archive warning."),
                new FieldProblem("Categories", "\"Romance\" is not a category."),
                new FieldProblem("Fandoms", "A work needs at least one fandom."),
                new FieldProblem("Tags", "A work can have at most 75 fandom, relationship, character and additional tags; this one has 77."),
            ],
            error.Problems.Take(9));
        Assert.Equal("Characters", error.Problems[9].Field);
        Assert.Contains("'*'", error.Problems[9].Message);
        Assert.Equal(new FieldProblem("ExpectedChapters", "Expected chapters (1) cannot be fewer than the chapters posted (2)."), error.Problems[10]);
        Assert.Equal(11, error.Problems.Count);
        await AssertUnchangedAsync(id, tagsBefore);
    }

    [Fact]
    public async Task An_edit_that_fails_while_saving_changes_nothing()
    {
        var id = await PostAsync(Original);
        var tagsBefore = await CountTagsAsync();
        await ExecuteAsync("CREATE TRIGGER fail_gift BEFORE INSERT ON Gifts WHEN NEW.RecipientName = 'Trigger' BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;");

        // The gift fails inside the one save; the title, the new tag and the new series go with it.
        var edit = Original with { Title = "Changed", Characters = ["Brand New Character"], Gifts = ["Trigger"], SeriesTitle = "Brand New Series" };
        await Assert.ThrowsAsync<DbUpdateException>(() => Details(e => e.UpdateAsync(id, edit)));

        await AssertUnchangedAsync(id, tagsBefore);
    }

    [Fact]
    public async Task Expected_chapters_cannot_be_below_one()
    {
        var id = await PostAsync(Original);
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Details(e => e.UpdateAsync(id, Original with { ExpectedChapters = 0 })));
        Assert.Equal(new FieldProblem("ExpectedChapters", "Expected chapters must be at least 1 (or left unknown)."), error.Problems.Single());
    }

    [Fact]
    public async Task Leaving_a_series_closes_its_gap_and_an_emptied_series_goes()
    {
        var first = await PostAsync(Posting.Work("First") with { SeriesTitle = "Saga" });
        var second = await PostAsync(Posting.Work("Second") with { SeriesTitle = "Saga" });
        var third = await PostAsync(Posting.Work("Third") with { SeriesTitle = "Saga" });
        var lone = await PostAsync(Posting.Work("Lone") with { SeriesTitle = "Solo" });

        await Details(e => e.UpdateAsync(first, Posting.Work("First") with { SeriesTitle = null }));
        await Details(e => e.UpdateAsync(lone, Posting.Work("Lone") with { SeriesTitle = "Saga" }));

        await using var db = Open();
        var saga = await db.Series.Include(s => s.Works).SingleAsync(s => s.Title == "Saga");
        Assert.Equal([(second, 1), (third, 2), (lone, 3)], saga.Works.OrderBy(l => l.Position).Select(l => (l.WorkId, l.Position)).ToArray());
        Assert.False(await db.Series.AnyAsync(s => s.Title == "Solo"));
        Assert.Empty((await ReadAsync(first)).SeriesLinks);
    }

    [Fact]
    public async Task The_details_load_as_the_form_shows_them_and_saving_them_unchanged_changes_nothing()
    {
        var id = await PostAsync(Original with { Notes = "<p>notes</p>", ExpectedChapters = 5 });
        var loaded = await Details(e => e.LoadAsync(id));

        Assert.NotNull(loaded);
        Assert.Equal(("Before", FixedTags.TeenAndUp, "Old Series", 5), (loaded.Title, loaded.Rating, loaded.SeriesTitle, loaded.ExpectedChapters));
        Assert.Equal([FixedTags.NoWarningsApply], loaded.Warnings);
        Assert.Equal(["Angst", "Fluff"], loaded.AdditionalTags);
        Assert.Equal(["Kept Friend", "Old Friend"], loaded.Gifts.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["<p>one two</p>", "<p>three four five</p>"], loaded.Chapters.Select(c => c.Content).ToArray());

        var before = await ReadAsync(id);
        await Details(e => e.UpdateAsync(id, loaded));
        var after = await ReadAsync(id);
        Assert.Equal(TagNames(before), TagNames(after));
        Assert.Equal((before.Title, before.Summary, before.Notes), (after.Title, after.Summary, after.Notes));
        Assert.Equal(before.SeriesLinks.Single().SeriesId, after.SeriesLinks.Single().SeriesId);
        Assert.Equal(before.Gifts.Select(g => g.Id).Order(), after.Gifts.Select(g => g.Id).Order());
    }

    [Fact]
    public async Task A_missing_work_is_not_found()
    {
        Assert.Null(await Details(e => e.LoadAsync(9999)));
        Assert.Null(await Details(e => e.UpdateAsync(9999, Original)));
    }

    private async Task<int> CountTagsAsync()
    {
        await using var db = Open();
        return await db.Tags.CountAsync();
    }

    private async Task AssertUnchangedAsync(int id, int tagsBefore)
    {
        var work = await ReadAsync(id);
        Assert.Equal(("Before", "<p>old summary</p>", (int?)null), (work.Title, work.Summary, work.ExpectedChapters));
        Assert.Equal(["Angst", "Fluff", "Gen", "No Archive Warnings Apply", "Old Character", "Teen And Up Audiences", "Test Fandom"], TagNames(work));
        Assert.Equal(["Kept Friend", "Old Friend"], work.Gifts.Select(g => g.RecipientName).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Old Series", work.SeriesLinks.Single().Series.Title);
        Assert.Equal(tagsBefore, await CountTagsAsync());
        await using var db = Open();
        Assert.Equal(1, await db.Series.CountAsync());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Settings.Target}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
