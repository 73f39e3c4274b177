using System.Data;
using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// Where a node is in the change feed: every row up to LastId has been applied, except rows of transactions that
// were still open when the node last read (PostgreSQL only), each with the LastId it had when it first saw that
// transaction open: that transaction's rows all have higher ids.
public sealed record FeedPosition(long LastId, IReadOnlyDictionary<long, long> Open)
{
    public static readonly FeedPosition Start = new(0, new Dictionary<long, long>());
}

// Changes is empty and Lost is true when rows the node had not read were pruned: it must rebuild.
public sealed record FeedBatch(IReadOnlyList<IndexChange> Changes, FeedPosition Next, bool Lost);

// Reading the change feed in order. On SQLite one writer commits at a time, so ids commit in order and "every row
// after LastId" is enough. On PostgreSQL ids are taken when a row is written but become visible when its transaction
// commits, so a reader could see id 12 before id 11 and skip 11 for ever. Each read therefore runs in one snapshot
// that also lists the transactions still open; rows of those are asked for again next time (by Tx), whatever their
// id. A row with an id below one the reader saw was written before the reader's snapshot, so its transaction was in
// that list.
public static class IndexFeed
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    // The position to start from before reading the data for a full build: nothing committed later is missed, and
    // changes the build already saw are applied again, which is harmless (refreshing a work is idempotent).
    public static async Task<FeedPosition> HeadAsync(EncoreDb db, CancellationToken ct = default)
    {
        await using var snapshot = await SnapshotAsync(db, ct);
        var open = await OpenTransactionsAsync(db, ct);
        var last = await db.IndexChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        return new FeedPosition(last, open.ToDictionary(tx => tx, _ => 0L));
    }

    public static async Task<FeedBatch> ReadAsync(EncoreDb db, FeedPosition from, int limit, CancellationToken ct = default)
    {
        await using var snapshot = await SnapshotAsync(db, ct);
        var open = await OpenTransactionsAsync(db, ct);
        var last = from.LastId;
        var rows = db.IndexChanges.AsNoTracking().Where(c => c.Id > last);
        if (from.Open.Count > 0)
        {
            var txs = from.Open.Keys.ToList();
            var low = from.Open.Values.Min();
            rows = db.IndexChanges.AsNoTracking().Where(c => c.Id > last || (c.Id > low && c.Tx != null && txs.Contains(c.Tx.Value)));
        }
        var changes = await rows.OrderBy(c => c.Id).Take(limit).ToListAsync(ct);
        // Checked after reading: rows pruned in between show up here as a gap (SQLite reads outside a snapshot).
        var oldest = await db.IndexChanges.MinAsync(c => (long?)c.Id, ct);
        if (oldest > last + 1) return new FeedBatch([], from, Lost: true);
        var next = Math.Max(last, changes.Count > 0 ? changes[^1].Id : 0);
        return new FeedBatch(changes, new FeedPosition(next, open.ToDictionary(tx => tx, tx => from.Open.GetValueOrDefault(tx, last))), Lost: false);
    }

    public static async Task<long> OldestAsync(EncoreDb db, CancellationToken ct = default) =>
        await db.IndexChanges.MinAsync(c => (long?)c.Id, ct) ?? 0;

    // Rows older than KeepFor go, except the newest (so a node can always tell whether it missed pruned rows).
    public static Task<int> PruneAsync(EncoreDb db, DateTime now, CancellationToken ct = default)
    {
        var before = now - KeepFor;
        return db.IndexChanges.Where(c => c.At < before && c.Id < db.IndexChanges.Max(x => x.Id)).ExecuteDeleteAsync(ct);
    }

    // PostgreSQL: one snapshot for the list of open transactions and the rows. SQLite needs none (and an EF
    // transaction there would take the write lock).
    private static async Task<IAsyncDisposable?> SnapshotAsync(EncoreDb db, CancellationToken ct) =>
        db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct) : null;

    private static async Task<List<long>> OpenTransactionsAsync(EncoreDb db, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await db.Database.SqlQueryRaw<long>("SELECT x::text::bigint AS \"Value\" FROM pg_snapshot_xip(pg_current_snapshot()) AS x").ToListAsync(ct)
            : [];
}
