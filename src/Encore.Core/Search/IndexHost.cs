using Encore.Data;

namespace Encore.Search;

// The node's live search index and how it keeps up with the database. Built once at start; CatchUpAsync brings it
// up to date after this node (or another, or the CLI) changed the database.
public sealed class IndexHost(Func<EncoreDb> openDb)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkIndex? _index;

    public WorkIndex Index => _index ?? throw new InvalidOperationException("The search index has not been built yet.");

    public async Task BuildAsync(CancellationToken ct = default)
    {
        await using var db = openDb();
        _index = await WorkIndex.BuildAsync(db, ct);
    }

    // For now a full rebuild, swapped in whole: correct for any change, but too slow for a large archive.
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try { await BuildAsync(ct); }
        finally { _gate.Release(); }
    }

    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = openDb();
        return await IndexCheck.CompareAsync(Index, db, ct);
    }
}
