using Encore.Search;

namespace Encore.Web.Search;

// Tails the change feed every second, so changes this node did not make (another node, `encore import`, a script)
// reach its index without waiting for a POST here; and now and then prunes old feed rows.
public sealed class IndexUpkeep(IndexHost host, ILogger<IndexUpkeep> log) : BackgroundService
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(PollEvery);
        var nextPrune = DateTime.UtcNow + PollEvery;
        while (await timer.WaitForNextTickAsync(stop))
        {
            try
            {
                await host.CatchUpAsync(stop);
                if (DateTime.UtcNow >= nextPrune)
                {
                    nextPrune = DateTime.UtcNow + PruneEvery;
                    var pruned = await host.PruneFeedAsync(stop);
                    if (pruned > 0) log.LogInformation("Pruned {Count} search index feed rows older than {Days} day(s)", pruned, IndexFeed.KeepFor.TotalDays);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database may be busy or briefly away; the next tick tries again from the same position.
                log.LogError(e, "Catching up the search index failed");
            }
        }
    }
}
