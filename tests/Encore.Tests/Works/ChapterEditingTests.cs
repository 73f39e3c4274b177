using Encore.Tests.Support;
using Encore.Works;

namespace Encore.Tests.Works;

public sealed class ChapterEditingTests : EditingDatabase
{
    private async Task<T> Chapters<T>(Func<ChapterEditing, Task<T>> edit)
    {
        await using var db = Open();
        return await edit(new ChapterEditing(db, Clock));
    }

    private Task<int> PostThreeAsync(int? expected = null) =>
        PostAsync(Posting.Work("Three", "<p>one one</p>", "<p>two two two</p>", "<p>three three three three</p>") with { ExpectedChapters = expected });

    private static string[] Contents(Work work) => work.Chapters.Select(c => c.Content).ToArray();
    private static int[] Positions(Work work) => work.Chapters.Select(c => c.Position).ToArray();

    [Fact]
    public async Task A_chapter_added_at_the_end_is_counted_dated_and_moves_the_updated_date_forward()
    {
        var id = await PostThreeAsync(expected: 4);
        var published = Clock.Now;
        var added = Clock.Advance(TimeSpan.FromDays(3));

        var chapter = await Chapters(c => c.AddAsync(id, new NewChapter { Content = "<p>four words right here</p>", Title = " The End " }));

        var work = await ReadAsync(id);
        Assert.Equal(4, chapter!.Position);
        Assert.Equal(["<p>one one</p>", "<p>two two two</p>", "<p>three three three three</p>", "<p>four words right here</p>"], Contents(work));
        Assert.Equal("The End", work.Chapters[3].Title);
        Assert.Equal((4, 13, true), (work.ChapterCount, work.WordCount, work.IsComplete));
        Assert.Equal(added, work.Chapters[3].PublishedAt);
        Assert.Equal(added, work.UpdatedAt);
        Assert.Equal(published, work.PublishedAt);
    }

    [Fact]
    public async Task A_chapter_added_at_a_position_moves_the_later_ones_along()
    {
        var id = await PostThreeAsync();
        await Chapters(c => c.AddAsync(id, Text("<p>a new opening</p>"), position: 1));
        await Chapters(c => c.AddAsync(id, Text("<p>an interlude here</p>"), position: 3));

        var work = await ReadAsync(id);
        Assert.Equal([1, 2, 3, 4, 5], Positions(work));
        Assert.Equal(["<p>a new opening</p>", "<p>one one</p>", "<p>an interlude here</p>", "<p>two two two</p>", "<p>three three three three</p>"], Contents(work));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public async Task A_chapter_cannot_be_added_outside_the_work(int position)
    {
        var id = await PostThreeAsync();
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.AddAsync(id, Text("<p>misplaced text</p>"), position)));
        Assert.Equal(new FieldProblem("Position", $"A new chapter can go at positions 1 to 4, not {position}."), error.Problems.Single());
        Assert.Equal(3, (await ReadAsync(id)).ChapterCount);
    }

    [Fact]
    public async Task A_chapter_beyond_the_expected_total_is_refused_until_the_total_is_raised()
    {
        var id = await PostThreeAsync(expected: 3);
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.AddAsync(id, Text("<p>an epilogue after all</p>"))));
        Assert.Equal(new FieldProblem("ExpectedChapters", "Expected chapters (3) cannot be fewer than the chapters posted (4)."), error.Problems.Single());
        var work = await ReadAsync(id);
        Assert.Equal((3, true), (work.ChapterCount, work.IsComplete));
    }

    [Fact]
    public async Task A_work_holds_at_most_200_chapters()
    {
        var id = await PostAsync(Posting.Work("Long", Enumerable.Repeat("<p>a short chapter</p>", WorkRules.MaxChapters).ToArray()));
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.AddAsync(id, Text("<p>one chapter too many</p>"))));
        Assert.Equal(new FieldProblem("Chapters", "A work can have at most 200 chapters; this one has 201."), error.Problems.Single());
        Assert.Equal(200, (await ReadAsync(id)).ChapterCount);
    }

    [Fact]
    public async Task Every_problem_with_a_new_chapter_is_named_and_nothing_is_added()
    {
        var id = await PostThreeAsync();
        var bad = new NewChapter
        {
            Content = "too short",
            Title = new string('t', 256),
            Summary = new string('s', 1251),
            Notes = new string('n', 5001),
            EndNotes = new string('e', 5001),
        };
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.AddAsync(id, bad)));
        Assert.Equal(
            [
                new FieldProblem("Content", "Chapter 4 is too short: chapter text needs at least 10 characters."),
                new FieldProblem("ChapterTitle", "The title of chapter 4 is longer than 255 characters."),
                new FieldProblem("ChapterSummary", "Chapter 4 summary can be at most 1,250 characters; it has 1,251."),
                new FieldProblem("ChapterNotes", "Chapter 4 notes can be at most 5,000 characters; it has 5,001."),
                new FieldProblem("ChapterEndNotes", "Chapter 4 end notes can be at most 5,000 characters; it has 5,001."),
            ],
            error.Problems);
        var tooLong = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.AddAsync(id, Text(new string('x', 510_001)))));
        Assert.Equal(new FieldProblem("Content", "Chapter 4 is too long: chapter text can be at most 510,000 characters (it has 510,001). Split it into more chapters."), tooLong.Problems.Single());
        Assert.Equal(3, (await ReadAsync(id)).ChapterCount);
    }

    [Fact]
    public async Task Chapter_text_at_the_limits_is_accepted()
    {
        var id = await PostThreeAsync();
        await Chapters(c => c.AddAsync(id, new NewChapter { Content = "0123456789", Notes = new string('n', 5000) }));
        await Chapters(c => c.AddAsync(id, Text(new string('x', 510_000))));
        Assert.Equal(5, (await ReadAsync(id)).ChapterCount);
    }

    [Fact]
    public async Task Editing_a_chapter_replaces_its_fields_and_word_count_but_not_its_dates()
    {
        var id = await PostThreeAsync();
        var before = await ReadAsync(id);
        Clock.Advance(TimeSpan.FromDays(10));
        var second = before.Chapters[1];

        var edited = await Chapters(c => c.EditAsync(id, second.Id, new NewChapter
        {
            Content = "<p>two two two two two <script>alert(1)</script></p>",
            Title = "Fixed",
            Summary = "<p onclick=\"x()\">In which a typo goes.</p>",
            Notes = "<em>notes</em>",
            EndNotes = "<p>end</p>",
        }));

        var work = await ReadAsync(id);
        var chapter = work.Chapters[1];
        Assert.Equal(second.Id, edited!.Id);
        Assert.Equal(("Fixed", "<p>In which a typo goes.</p>", "<em>notes</em>", "<p>end</p>"), (chapter.Title, chapter.Summary, chapter.Notes, chapter.EndNotes));
        Assert.Equal(("<p>two two two two two </p>", 5), (chapter.Content, chapter.WordCount));
        Assert.Equal(2 + 5 + 4, work.WordCount);
        Assert.Equal(second.PublishedAt, chapter.PublishedAt);
        Assert.Equal(before.UpdatedAt, work.UpdatedAt);
    }

    [Fact]
    public async Task Plain_text_becomes_paragraphs_in_every_chapter_field()
    {
        var id = await PostThreeAsync();
        var first = (await ReadAsync(id)).Chapters[0];
        await Chapters(c => c.EditAsync(id, first.Id, new NewChapter
        {
            Format = TextFormat.PlainText,
            Content = "First line\nsecond line\r\n\r\nFish & <chips>.",
            Summary = "A summary\n\nin two",
            Notes = "one\nnote",
            EndNotes = "end <i>note</i>",
        }));

        var chapter = (await ReadAsync(id)).Chapters[0];
        Assert.Equal("<p>First line<br />second line</p>\n<p>Fish &amp; &lt;chips&gt;.</p>", chapter.Content);
        Assert.Equal(6, chapter.WordCount);
        Assert.Equal("<p>A summary</p>\n<p>in two</p>", chapter.Summary);
        Assert.Equal("<p>one<br />note</p>", chapter.Notes);
        Assert.Equal("<p>end &lt;i&gt;note&lt;/i&gt;</p>", chapter.EndNotes);
    }

    [Fact]
    public async Task A_rejected_chapter_edit_changes_nothing()
    {
        var id = await PostThreeAsync();
        var first = (await ReadAsync(id)).Chapters[0];
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.EditAsync(id, first.Id, new NewChapter { Content = "<p>a perfectly good text</p>", Notes = new string('n', 5001) })));
        Assert.Equal("ChapterNotes", error.Problems.Single().Field);
        Assert.Equal("Chapter 1 notes can be at most 5,000 characters; it has 5,001.", error.Problems.Single().Message);
        Assert.Equal("<p>one one</p>", (await ReadAsync(id)).Chapters[0].Content);
    }

    [Fact]
    public async Task Deleting_a_chapter_closes_the_gap_and_recounts()
    {
        var id = await PostThreeAsync(expected: 3);
        var middle = (await ReadAsync(id)).Chapters[1];
        Assert.True(await Chapters(c => c.DeleteAsync(id, middle.Id)));

        var work = await ReadAsync(id);
        Assert.Equal([1, 2], Positions(work));
        Assert.Equal(["<p>one one</p>", "<p>three three three three</p>"], Contents(work));
        Assert.Equal((2, 6, false), (work.ChapterCount, work.WordCount, work.IsComplete));
        Assert.Equal("2/3", WorkStats.ChapterLine(work));
    }

    [Fact]
    public async Task Deleting_the_newest_chapter_takes_the_updated_date_back_to_the_newest_remaining()
    {
        var id = await PostThreeAsync();
        var published = Clock.Now;
        var secondDate = Clock.Advance(TimeSpan.FromDays(1));
        await Chapters(c => c.AddAsync(id, Text("<p>posted a day later</p>")));
        Clock.Advance(TimeSpan.FromDays(1));
        var newest = await Chapters(c => c.AddAsync(id, Text("<p>posted two days later</p>")));
        Assert.Equal(Clock.Now, (await ReadAsync(id)).UpdatedAt);

        Clock.Advance(TimeSpan.FromDays(1));
        await Chapters(c => c.DeleteAsync(id, newest!.Id));

        var work = await ReadAsync(id);
        Assert.Equal(secondDate, work.UpdatedAt);
        Assert.Equal(published, work.PublishedAt);
    }

    [Fact]
    public async Task The_only_chapter_cannot_be_deleted()
    {
        var id = await PostAsync(Posting.Work("One shot"));
        var only = (await ReadAsync(id)).Chapters.Single();
        var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.DeleteAsync(id, only.Id)));
        Assert.Equal(new FieldProblem("Chapters", "A work needs at least one chapter, and this is its only one: delete the work instead."), error.Problems.Single());
        Assert.Equal(1, (await ReadAsync(id)).ChapterCount);
    }

    [Fact]
    public async Task Chapters_are_put_in_the_order_given()
    {
        var id = await PostThreeAsync();
        var before = (await ReadAsync(id)).Chapters.Select(c => c.Id).ToArray();
        var updated = (await ReadAsync(id)).UpdatedAt;
        Clock.Advance(TimeSpan.FromDays(1));

        Assert.True(await Chapters(c => c.ReorderAsync(id, [before[2], before[0], before[1]])));

        var work = await ReadAsync(id);
        Assert.Equal([1, 2, 3], Positions(work));
        Assert.Equal([before[2], before[0], before[1]], work.Chapters.Select(c => c.Id).ToArray());
        Assert.Equal(updated, work.UpdatedAt);
    }

    [Fact]
    public async Task An_order_that_is_not_every_chapter_once_is_refused()
    {
        var id = await PostThreeAsync();
        var other = await PostAsync(Posting.Work("Other"));
        var ids = (await ReadAsync(id)).Chapters.Select(c => c.Id).ToArray();
        var foreign = (await ReadAsync(other)).Chapters.Single().Id;

        int[][] bad = [[ids[0], ids[1]], [ids[0], ids[1], ids[1]], [ids[0], ids[1], ids[2], ids[2]], [ids[0], ids[1], foreign], []];
        foreach (var order in bad)
        {
            var error = await Assert.ThrowsAsync<WorkRejectedException>(() => Chapters(c => c.ReorderAsync(id, order)));
            Assert.Equal(new FieldProblem("Chapters", "The new order must list each of this work's 3 chapters exactly once."), error.Problems.Single());
        }
        Assert.Equal(ids, (await ReadAsync(id)).Chapters.Select(c => c.Id).ToArray());
    }

    [Fact]
    public async Task Missing_works_and_other_works_chapters_are_not_found()
    {
        var id = await PostThreeAsync();
        var other = await PostAsync(Posting.Work("Other"));
        var foreign = (await ReadAsync(other)).Chapters.Single().Id;

        Assert.Null(await Chapters(c => c.AddAsync(9999, Text("<p>nowhere to go</p>"))));
        Assert.Null(await Chapters(c => c.EditAsync(id, foreign, Text("<p>not this work's</p>"))));
        Assert.False(await Chapters(c => c.DeleteAsync(id, foreign)));
        Assert.False(await Chapters(c => c.ReorderAsync(9999, [foreign])));
        Assert.Equal(1, (await ReadAsync(other)).ChapterCount);
        Assert.Equal("<p>Some words of story text.</p>", (await ReadAsync(other)).Chapters.Single().Content);
    }
}
