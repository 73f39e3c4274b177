using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Community;

// History, Marked for Later and hits, on a clock the tests move from one UTC day to the next.
public class ReadingTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 10, 23, 0, 0, TimeSpan.Zero));
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false, clock: _clock);
        foreach (var name in new[] { "writer", "reader" }) await _archive.CreateUserAsync(name);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Hits_count_once_per_visitor_per_day_and_never_for_the_creators()
    {
        var work = await _archive.PostByAsync("writer", "Counted");
        var reader = await _archive.SignInAsync("reader");
        var writer = await _archive.SignInAsync("writer");
        for (var i = 0; i < 3; i++)
        {
            await reader.PageAsync($"/works/{work.Id}");
            await _archive.NewClient().PageAsync($"/works/{work.Id}");
            await writer.PageAsync($"/works/{work.Id}");
        }
        Assert.Equal(2, (await _archive.WorkAsync(work.Id)).Hits);

        _clock.Now = _clock.Now.AddHours(2);  // past midnight UTC: a new day
        await reader.PageAsync($"/works/{work.Id}");
        await writer.PageAsync($"/works/{work.Id}");
        Assert.Equal(3, (await _archive.WorkAsync(work.Id)).Hits);
        Assert.Equal("3", (await reader.PageAsync($"/works/{work.Id}")).QuerySelectorAll(".work-meta .stats div")
            .Single(d => d.TextContent.StartsWith("Hits")).QuerySelector("dd")!.TextContent);

        // Two days on, the first day's rows are pruned; the total stays.
        _clock.Now = _clock.Now.AddDays(2);
        // A visitor's first page already counts their own hit.
        Assert.Equal("4", (await _archive.NewClient().PageAsync($"/works/{work.Id}")).Stat("Hits"));
        await using var db = _archive.OpenDb();
        Assert.Equal([new DateOnly(2026, 3, 13)], await db.WorkHits.Where(h => h.WorkId == work.Id).Select(h => h.Day).Distinct().ToListAsync());
        Assert.Equal(4, (await _archive.WorkAsync(work.Id)).Hits);
        Assert.DoesNotContain(await db.WorkHits.Select(h => h.VisitorKey).ToListAsync(), k => k.Contains("127.0.0.1"));
    }

    [Fact]
    public async Task Reading_history_records_visits_and_chapters_and_can_be_cleared()
    {
        var first = await _archive.WorkAsync((await _archive.PostByAsync("writer", "First Read", chapters: 2)).Id);
        var second = await _archive.PostByAsync("writer", "Second Read");
        var reader = await _archive.SignInAsync("reader");
        await reader.PageAsync($"/works/{first.Id}");
        _clock.Now = _clock.Now.AddMinutes(5);
        await reader.PageAsync($"/works/{first.Id}/chapters/{first.Chapters[1].Id}");
        _clock.Now = _clock.Now.AddMinutes(5);
        await reader.PageAsync($"/works/{second.Id}");

        var history = await reader.PageAsync("/account/history");
        Assert.Equal(["Second Read", "First Read"], history.Texts(".blurb-title a"));
        Assert.Contains("(Chapter 2) · Visited 2 times", history.Texts(".reading-line p")[1]);

        await reader.PostFormAsync("/account/history?handler=Delete", new() { ["workId"] = $"{second.Id}" }, formPage: "/account/history");
        Assert.Equal(["First Read"], (await reader.PageAsync("/account/history")).Texts(".blurb-title a"));
        await reader.PostFormAsync("/account/history?handler=Clear", new(), formPage: "/account/history");
        Assert.Equal("Works you read will be listed here.", (await reader.PageAsync("/account/history")).Text(".empty"));
        Assert.Null((await (await _archive.SignInAsync("writer")).PageAsync("/account/history")).QuerySelector(".blurb"));
    }

    [Fact]
    public async Task Mark_for_later_and_mark_as_read_from_the_work_page()
    {
        var work = await _archive.PostByAsync("writer", "Someday");
        var reader = await _archive.SignInAsync("reader");
        var marked = await reader.PostFormAsync("/account/later?handler=Later", new() { ["workId"] = $"{work.Id}", ["returnUrl"] = $"/works/{work.Id}" }, formPage: $"/works/{work.Id}");
        Assert.Equal("This work was added to your Marked for Later list.", await reader.FollowNoticeAsync(marked));
        Assert.Equal("Mark as Read", (await reader.PageAsync($"/works/{work.Id}")).Text(".work-actions form[action*=Read] button"));
        Assert.Equal(["Someday"], (await reader.PageAsync("/account/later")).Texts(".blurb-title a"));

        // Clearing the history keeps what is marked for later.
        await reader.PostFormAsync("/account/history?handler=Clear", new(), formPage: "/account/history");
        Assert.Equal(["Someday"], (await reader.PageAsync("/account/later")).Texts(".blurb-title a"));

        await reader.PostFormAsync("/account/later?handler=Read", new() { ["workId"] = $"{work.Id}" }, formPage: "/account/later");
        Assert.Equal("Works you mark for later will be listed here.", (await reader.PageAsync("/account/later")).Text(".empty"));
        Assert.Equal("Mark for Later", (await reader.PageAsync($"/works/{work.Id}")).Text(".work-actions form[action*=Later] button"));
    }
}
