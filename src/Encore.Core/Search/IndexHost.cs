using Encore.Data;

namespace Encore.Search;

// The node's live search index and how it keeps up with the database. Built once at start; CatchUpAsync then applies
// the change feed (IndexFeed) from where this node last read: each changed work is re-read once per batch, and a
// wrangling change rebuilds the tag graph once. Every node tails the same feed, so changes made by another node or
// by `encore import` reach this one too (SearchServices polls every second and catches up after every POST).
public sealed class IndexHost(Func<EncoreDb> openDb)
{
    public const int BatchSize = 5000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkIndex? _index;
    private FeedPosition _position = FeedPosition.Start;

    public WorkIndex Index => _index ?? throw new InvalidOperationException("The search index has not been built yet.");

    // The last feed row applied (rows of transactions still open may lie below it).
    public long LastChangeId => _position.LastId;

    // How many times the index was built from scratch (at start, and when the feed had been pruned past this node).
    public int Builds { get; private set; }

    public async Task BuildAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try { await RebuildAsync(ct); }
        finally { _gate.Release(); }
    }

    // Applies every change committed since the last call; answers how many feed rows that was.
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_index == null)
            {
                await RebuildAsync(ct);
                return 0;
            }
            await using var db = openDb();
            var applied = 0;
            while (true)
            {
                var batch = await IndexFeed.ReadAsync(db, _position, BatchSize, ct);
                if (batch.Lost)
                {
                    await RebuildAsync(ct);
                    return applied;
                }
                // Tags first: works re-read afterwards find their new tags in the new graph.
                if (batch.Changes.Any(c => c.Kind == IndexChangeKind.Tags)) await _index.ApplyTagChangesAsync(db, ct);
                var works = batch.Changes.Where(c => c.Kind == IndexChangeKind.Work && c.WorkId != null).Select(c => c.WorkId!.Value).Distinct().ToList();
                await _index.RefreshWorksAsync(db, works, ct);
                _position = batch.Next;
                applied += batch.Changes.Count;
                if (batch.Changes.Count < BatchSize) return applied;
            }
        }
        finally { _gate.Release(); }
    }

    // Applies the whole feed still kept (up to a day of changes) again on top of the index, as a check that applying
    // changes one by one ends where a fresh build does (`encore index verify`).
    public async Task<int> ReplayFeedAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var db = openDb();
            var oldest = await IndexFeed.OldestAsync(db, ct);
            _position = new FeedPosition(Math.Max(0, oldest - 1), _position.Open);
        }
        finally { _gate.Release(); }
        return await CatchUpAsync(ct);
    }

    // Compares the live index, brought up to date, with a fresh build from the database. A change committed while
    // the fresh index is being built can make the two differ for a moment, so a difference is checked again
    // (up to three times) before it is reported.
    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken ct = default)
    {
        IReadOnlyList<string> problems = [];
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await CatchUpAsync(ct);
            WorkIndex fresh;
            await using (var db = openDb()) fresh = await WorkIndex.BuildAsync(db, ct);
            await CatchUpAsync(ct);
            problems = IndexCheck.Compare(Index, fresh);
            if (problems.Count == 0) break;
        }
        return problems;
    }

    // Old feed rows go (any node may do this; a node that had not read them rebuilds).
    public async Task<int> PruneFeedAsync(CancellationToken ct = default)
    {
        await using var db = openDb();
        return await IndexFeed.PruneAsync(db, DateTime.UtcNow, ct);
    }

    // The feed position is taken before the data is read, so a change committed during the build is applied again
    // by the next catch-up rather than lost.
    private async Task RebuildAsync(CancellationToken ct)
    {
        await using var db = openDb();
        var head = await IndexFeed.HeadAsync(db, ct);
        var index = await WorkIndex.BuildAsync(db, ct);
        _index = index;
        _position = head;
        Builds++;
    }
}
