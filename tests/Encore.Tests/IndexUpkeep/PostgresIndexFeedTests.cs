using Encore.Data;
using Encore.Search;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.IndexUpkeep;

[Collection("postgres")]
public sealed class PostgresIndexFeedTests(PostgresServer server)
{
    [Fact]
    public async Task Every_kind_of_change_reaches_the_index_through_the_feed_on_postgres()
    {
        await FeedScenario.RunAsync(DatabaseSettings.Resolve(await server.CreateDatabaseAsync()));
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_postgres_migrations_and_every_trigger_exists()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await IndexCheck.MissingTriggersAsync(db));
    }

    // PostgreSQL hands out feed ids when rows are written, not when they commit: a reader can see a later id
    // before an earlier one. The earlier change must still be applied once its transaction commits.
    [Fact]
    public async Task A_change_committed_after_a_later_one_is_not_skipped()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        await DatabaseCheck.PrepareAsync(settings);
        int slow, quick;
        await using (var db = DatabaseServices.Open(settings))
        {
            slow = (await Support.Posting.PostAsync(db, Support.Posting.Work("Slow"))).Id;
            quick = (await Support.Posting.PostAsync(db, Support.Posting.Work("Quick"))).Id;
        }
        var host = new IndexHost(() => DatabaseServices.Open(settings));
        await host.BuildAsync();

        await using var first = DatabaseServices.Open(settings);
        await using var transaction = await first.Database.BeginTransactionAsync();
        await first.Works.Where(w => w.Id == slow).ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, 50));
        var slowChange = await first.IndexChanges.MaxAsync(c => c.Id);
        await using (var second = DatabaseServices.Open(settings))
            await second.Works.Where(w => w.Id == quick).ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, 10));

        await host.CatchUpAsync();
        Assert.True(host.LastChangeId > slowChange);
        Assert.Equal([quick, slow], host.Index.Search(new WorkQuery { Sort = WorkSort.Kudos }).WorkIds);

        await transaction.CommitAsync();
        Assert.Equal(1, await host.CatchUpAsync());
        Assert.Equal([slow, quick], host.Index.Search(new WorkQuery { Sort = WorkSort.Kudos }).WorkIds);
        Assert.Empty(await host.VerifyAsync());
    }
}
