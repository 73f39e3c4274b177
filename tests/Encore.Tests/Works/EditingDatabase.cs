using Encore.Data;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Works;

// A fresh SQLite file built by the real migrations for each test, a clock the test moves by hand, and each step in its
// own context (as each web request would be), so what a test reads back is what was saved.
public abstract class EditingDatabase : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    protected DatabaseSettings Settings { get; private set; } = null!;
    protected HandClock Clock { get; } = new(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));

    public async Task InitializeAsync()
    {
        Settings = new DatabaseSettings(DatabaseProvider.Sqlite, _folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(Settings);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    protected EncoreDb Open() => DatabaseServices.Open(Settings);

    protected async Task<int> PostAsync(NewWork work)
    {
        await using var db = Open();
        return (await Posting.PostAsync(db, work, Clock)).Id;
    }

    // The work as stored, chapters in reading order.
    protected async Task<Work> ReadAsync(int workId)
    {
        await using var db = Open();
        var work = await db.Works.AsNoTracking()
            .Include(w => w.Chapters.OrderBy(c => c.Position))
            .Include(w => w.Tags).ThenInclude(l => l.Tag)
            .Include(w => w.Gifts)
            .Include(w => w.SeriesLinks).ThenInclude(l => l.Series)
            .Include(w => w.Suggestions)
            .AsSplitQuery()
            .SingleAsync(w => w.Id == workId);
        return work;
    }

    protected static string[] TagNames(Work work) => work.Tags.Select(l => l.Tag.Name).Order(StringComparer.Ordinal).ToArray();

    protected static NewChapter Text(string content) => new() { Content = content };
}

public sealed class HandClock(DateTime start) : TimeProvider
{
    public DateTime Now { get; private set; } = start;

    public DateTime Advance(TimeSpan by) => Now += by;

    public override DateTimeOffset GetUtcNow() => new(Now);
}
