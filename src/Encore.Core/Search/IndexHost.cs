using Encore.Data;

namespace Encore.Search;

// The node's live search indexes and how they keep up with the database: the filter index (Index) and the full-text
// index (Text, attached to Index so WorkQuery.Text works). Built once at start; CatchUpAsync brings them up to date
// after this node (or another, or the CLI) changed the database.
public sealed class IndexHost(Func<EncoreDb> openDb)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkIndex? _index;
    private TextIndex? _text;

    public WorkIndex Index => _index ?? throw new InvalidOperationException("The search index has not been built yet.");
    public TextIndex Text => _text ?? throw new InvalidOperationException("The full-text index has not been built yet.");

    public async Task BuildAsync(CancellationToken ct = default)
    {
        await using var db = openDb();
        var index = await WorkIndex.BuildAsync(db, ct);
        var text = await TextIndex.BuildAsync(db, ct);
        index.Text = text;
        (_index, _text) = (index, text);
    }

    // For now a full rebuild, swapped in whole: correct for any change, but too slow for a large archive.
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try { await BuildAsync(ct); }
        finally { _gate.Release(); }
    }

    // Re-indexes one work's text (post, edit, chapter added/edited/deleted, work deleted, creators or tags changed).
    // Unchanged text is detected and skipped, so calling it for every changed work is cheap.
    public async Task RefreshTextAsync(int workId, CancellationToken ct = default)
    {
        await using var db = openDb();
        await Text.RefreshWorkAsync(db, workId, ct);
    }

    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = openDb();
        var problems = new List<string>(await IndexCheck.CompareAsync(Index, db, ct));
        problems.AddRange(await TextIndexCheck.CompareAsync(Text, db, ct));
        return problems;
    }
}
