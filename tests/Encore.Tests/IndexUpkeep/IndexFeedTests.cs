using Encore.Data;
using Encore.Search;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.IndexUpkeep;

public sealed class IndexFeedTests
{
    [Fact]
    public async Task Every_kind_of_change_reaches_the_index_through_the_feed_on_sqlite()
    {
        using var folder = new TempFolder();
        await FeedScenario.RunAsync(new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db")));
    }

    [Fact]
    public async Task A_node_that_missed_pruned_changes_rebuilds_and_old_rows_are_pruned_but_never_the_newest()
    {
        using var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(settings);
        var host = new IndexHost(() => DatabaseServices.Open(settings));
        await host.BuildAsync();
        Assert.Equal(1, host.Builds);

        int id;
        await using (var db = DatabaseServices.Open(settings))
        {
            id = (await Support.Posting.PostAsync(db, Support.Posting.Work("Missed"))).Id;
            await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Hits, 7));
            // A day later every row has gone but the newest: this node never read them.
            Assert.True(await IndexFeed.PruneAsync(db, DateTime.UtcNow + TimeSpan.FromDays(2)) > 0);
            Assert.Equal(1, await db.IndexChanges.CountAsync());
            Assert.Equal(0, await IndexFeed.PruneAsync(db, DateTime.UtcNow + TimeSpan.FromDays(2)));
            // Pruning by age keeps what is recent.
            await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Hits, 8));
            Assert.Equal(0, await IndexFeed.PruneAsync(db, DateTime.UtcNow));
        }
        await host.CatchUpAsync();
        Assert.Equal(2, host.Builds);
        Assert.Equal([id], host.Index.Search(new WorkQuery()).WorkIds);
        Assert.Empty(await host.VerifyAsync());

        // Caught up, it goes on incrementally.
        await using (var db = DatabaseServices.Open(settings))
            await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Hits, 9));
        Assert.Equal(1, await host.CatchUpAsync());
        Assert.Equal(2, host.Builds);
        Assert.Empty(await host.VerifyAsync());
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations_and_every_declared_trigger_exists()
    {
        using var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await IndexCheck.MissingTriggersAsync(db));
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"IndexFeed_Chapters_Update\"");
        Assert.Equal(["IndexFeed_Chapters_Update"], await IndexCheck.MissingTriggersAsync(db));
    }
}
