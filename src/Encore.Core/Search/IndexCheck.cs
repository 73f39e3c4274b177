using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// `encore index verify`: builds a fresh index from the database and compares it, work by work, with the live one.
// Ordinals may differ (refreshed works are appended), so both are described by work id and tag id.
public static class IndexCheck
{
    public static async Task<IReadOnlyList<string>> CompareAsync(WorkIndex index, EncoreDb db, CancellationToken ct = default)
    {
        var fresh = await WorkIndex.BuildAsync(db, ct);
        return Compare(index, fresh);
    }

    // The change feed's triggers the model declares but the database lacks: without them some changes would reach
    // no node's index until its next restart.
    public static async Task<IReadOnlyList<string>> MissingTriggersAsync(EncoreDb db, CancellationToken ct = default)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT tgname AS \"Value\" FROM pg_trigger WHERE NOT tgisinternal"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger'";
        var present = (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return IndexFeedModel.Triggered.SelectMany(t => t.Triggers).Where(t => !present.Contains(t)).Order(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Compare(WorkIndex index, WorkIndex fresh)
    {
        var live = index.Describe();
        var expected = fresh.Describe();
        var problems = new List<string>();
        foreach (var line in expected.Except(live).Take(20)) problems.Add($"missing or stale: {line}");
        foreach (var line in live.Except(expected).Take(20)) problems.Add($"unexpected: {line}");
        return problems;
    }
}

public sealed partial class WorkIndex
{
    // Work-tag postings held for live works (each work counted once under every tag it counts under).
    public long PostingEntries { get { _lock.EnterReadLock(); try { return _slotEntries; } finally { _lock.ExitReadLock(); } } }

    // One line per live work and one per non-empty tag posting, in id order, independent of ordinals.
    public IReadOnlyList<string> Describe()
    {
        _lock.EnterReadLock();
        try
        {
            var c = _c;
            var users = _userOrdinal.ToDictionary(p => p.Value, p => p.Key);
            var labels = _labelOrdinal.ToDictionary(p => p.Value, p => p.Key);
            var languages = _languageId.ToDictionary(p => p.Value, p => p.Key);
            var lines = new List<string>();
            for (var o = 0; o < c.Count; o++)
            {
                if ((c.Flags[o] & WorkColumns.Alive) == 0) continue;
                lines.Add($"work {c.Ids[o]} flags={c.Flags[o]} ch={c.Chapters[o]} w={c.Words[o]} h={c.Hits[o]} k={c.Kudos[o]} c={c.Comments[o]} " +
                    $"b={c.Bookmarks[o]} p={c.Published[o]} u={c.Updated[o]} lang={languages[c.Language[o]]} x={c.Fandoms[o]} " +
                    $"title={c.Title[o]} creator={c.Creator[o]} users=[{string.Join(",", (c.Users[o] ?? []).Select(u => users[u]).Order())}] " +
                    $"tags=[{string.Join(",", c.Slots[o].ToArray().Select(_tags.TagIdOf).Order())}] raw=[{string.Join(",", c.RawTags[o])}] " +
                    $"labels=[{string.Join(",", (c.Labels[o] ?? []).Select(l => labels[l]).Order())}]");
            }
            for (var s = 0; s < _postings.Count; s++)
                if (_postings[s].Count > 0)
                    lines.Add($"tag {_tags.TagIdOf(s)}: {string.Join(",", _postings[s].Ordinals().Select(o => c.Ids[o]).Order())}");
            foreach (var (name, l) in _labelOrdinal)
                if (_labelWorks[l].Count > 0)
                    lines.Add($"label {name}: {string.Join(",", _labelWorks[l].Ordinals().Select(o => c.Ids[o]).Order())}");
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally { _lock.ExitReadLock(); }
    }
}
