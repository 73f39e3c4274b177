using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// The in-memory filter and facet index. The database stays the source of truth: the index is built from it at
// start, told about every change (RefreshWorkAsync, ApplyTagChangesAsync), and IndexCheck compares it with a fresh
// build. Each web node can hold its own, built from the shared database.
//
// Concurrency: many readers, one writer. A ReaderWriterLockSlim guards the structures rather than immutable
// snapshots because a kudos or an edit changes a few array cells and postings; copying a million-work snapshot per
// change would cost ~100 MB and tens of milliseconds each time. Writers do their database reads and the heavy
// recomputation outside the lock (serialised by _writer) and hold the write lock only to apply the result, so a
// search waits at most for one small update.
public sealed partial class WorkIndex
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly WorkColumns _c = new();
    private readonly Dictionary<int, int> _ordinalById = [];
    private readonly Dictionary<string, int> _userOrdinal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _labelOrdinal = new(StringComparer.Ordinal);
    private readonly List<Posting> _labelWorks = [];
    private readonly Dictionary<string, short> _languageId = new(StringComparer.Ordinal);
    private TagGraph _tags = null!;
    private List<Posting> _postings = [];
    private int _live;

    public int LiveWorks { get { _lock.EnterReadLock(); try { return _live; } finally { _lock.ExitReadLock(); } } }

    // The languages at least one live work is in, for the filter's language list.
    public IReadOnlyList<string> Languages()
    {
        _lock.EnterReadLock();
        try { return _languageId.Where(l => l.Value < _languageBits.Count && _languageBits[l.Value].Any(w => w != 0)).Select(l => l.Key).Order().ToList(); }
        finally { _lock.ExitReadLock(); }
    }

    public static async Task<WorkIndex> BuildAsync(EncoreDb db, CancellationToken ct = default)
    {
        var tags = await IndexSourceReader.ReadTagsAsync(db, ct);
        var works = await IndexSourceReader.ReadWorksAsync(db, null, ct);
        return Build(tags, works);
    }

    public static WorkIndex Build(TagSource tags, WorkSource works)
    {
        var index = new WorkIndex { _tags = TagGraph.Build(tags) };
        var rows = works.Works.OrderBy(w => w.Id).ToArray();
        var c = index._c;
        c.Ensure(rows.Length);
        c.Slots.Reserve(works.WorkTags.Count + works.WorkTags.Count / 4);   // meta tags add a few
        for (var i = 0; i < rows.Length; i++) index._ordinalById[rows[i].Id] = i;
        var raw = Group(works.WorkTags, index._ordinalById, rows.Length, l => l.WorkId, l => l.TagId);
        var creators = Group(works.Creators, index._ordinalById, rows.Length, r => r.WorkId, r => r);
        var labels = Group(works.Suggestions, index._ordinalById, rows.Length, s => s.WorkId, s => s.TagName);
        c.Count = rows.Length;
        for (var i = 0; i < rows.Length; i++) index.Set(i, rows[i], raw[i], creators[i], labels[i], rows.Length);
        index.BuildRanks();
        index._tally = ComputeTallies(c.Slots, c.Flags, c.Count, index._postings, index._tags.SlotCount, index.TallyAt);
        return index;
    }

    // Re-reads one work (after a post, edit, delete, hide, kudos, comment, bookmark or suggestion review).
    public Task RefreshWorkAsync(EncoreDb db, int workId, CancellationToken ct = default) => RefreshWorksAsync(db, [workId], ct);

    // Wrangling (merging tags, making canonical, meta/sub tag and parent links) can change which tags any work counts
    // under, so it rebuilds the tag graph and every work's tag slots and postings from the raw tags the index keeps.
    // That costs about a second at a million works and runs outside the lock; wrangling is rare next to reading, and
    // a full recomputation cannot drift the way incremental graph surgery could.
    public async Task ApplyTagChangesAsync(EncoreDb db, CancellationToken ct = default)
    {
        await _writer.WaitAsync(ct);
        try
        {
            var graph = TagGraph.Build(await IndexSourceReader.ReadTagsAsync(db, ct));
            var count = _c.Count;
            var slots = new int[count][];
            var fandoms = new byte[count];
            var postings = new List<Posting>();
            for (var i = 0; i < count; i++)
            {
                slots[i] = SlotsOf(graph, _c.RawTags[i] ?? [], out fandoms[i]);
                if ((_c.Flags[i] & WorkColumns.Alive) == 0) continue;
                foreach (var s in slots[i]) PostingFor(postings, s).Add(i, count);
            }
            var store = SlotStore.From(slots, count);
            var tally = ComputeTallies(store, _c.Flags, count, postings, graph.SlotCount, TallyAt);
            _lock.EnterWriteLock();
            try
            {
                _tags = graph;
                _postings = postings;
                _tally = tally;
                _c.Slots = store;
                Array.Copy(fandoms, _c.Fandoms, count);
                RemarkTagClasses();
            }
            finally { _lock.ExitWriteLock(); }
        }
        finally { _writer.Release(); }
    }

    private void ApplyWork(int workId, WorkSource source)
    {
        var row = source.Works.SingleOrDefault();
        var known = _ordinalById.TryGetValue(workId, out var ordinal);
        if (known) Unset(ordinal);
        if (row == null) return;
        if (!known)
        {
            ordinal = _c.Count;
            _c.Ensure(ordinal + 1);
            _c.Count++;
            _ordinalById[workId] = ordinal;
        }
        Set(ordinal, row, source.WorkTags.Select(t => t.TagId).ToList(), source.Creators.ToList(),
            source.Suggestions.Select(s => s.TagName).ToList(), _c.Count);
    }

    private void Set(int o, WorkRow w, List<int>? rawTags, List<CreatorRow>? creators, List<string>? labels, int universe)
    {
        var c = _c;
        c.Ids[o] = w.Id;
        c.Flags[o] = (byte)(WorkColumns.Alive | (w.IsComplete ? WorkColumns.Complete : 0) | (w.Restricted ? WorkColumns.Restricted : 0)
            | (w.IsDraft ? WorkColumns.Draft : 0) | (w.Hidden ? WorkColumns.Hidden : 0));
        c.Chapters[o] = w.ChapterCount;
        c.Words[o] = w.WordCount;
        c.Hits[o] = w.Hits;
        c.Kudos[o] = w.Kudos;
        c.Comments[o] = w.Comments;
        c.Bookmarks[o] = w.Bookmarks;
        c.Published[o] = w.PublishedAt.Ticks;
        c.Updated[o] = w.UpdatedAt.Ticks;
        c.Language[o] = LanguageId(w.Language, add: true);
        c.Title[o] = WorkColumns.SortText(w.Title);
        c.TitleKey[o] = WorkColumns.SortKey(c.Title[o]);
        var first = creators?.Where(r => !r.IsPending).OrderBy(r => r.Position).ThenBy(r => r.Id).FirstOrDefault();
        c.Creator[o] = string.Intern(WorkColumns.SortText(first?.Name ?? ""));
        c.CreatorKey[o] = WorkColumns.SortKey(c.Creator[o]);
        var users = creators?.Where(r => r.UserId != null).Select(r => UserOrdinal(r.UserId!, add: true)).Distinct().ToArray();
        c.Users[o] = users is { Length: > 0 } ? users : null;
        c.RawTags[o] = rawTags is { Count: > 0 } ? rawTags.Distinct().Order().ToArray() : [];
        var slots = SlotsOf(_tags, c.RawTags[o], out c.Fandoms[o]);
        c.Slots.Set(o, slots);
        foreach (var s in slots) PostingFor(_postings, s).Add(o, universe);
        var labelIds = labels?.Select(l => LabelOrdinal(l)).Distinct().ToArray();
        c.Labels[o] = labelIds is { Length: > 0 } ? labelIds : null;
        foreach (var l in c.Labels[o] ?? []) _labelWorks[l].Add(o, universe);
        MarkClasses(o, true);
        MarkDirty(o);
        _live++;
        Tally(o, +1);
    }

    private void Unset(int o)
    {
        if ((_c.Flags[o] & WorkColumns.Alive) == 0) return;
        Tally(o, -1);
        MarkClasses(o, false);
        foreach (var s in _c.Slots[o]) if (s < _postings.Count) _postings[s].Remove(o);
        foreach (var l in _c.Labels[o] ?? []) _labelWorks[l].Remove(o);
        _c.Flags[o] = 0;
        _c.Slots.Set(o, []);
        _c.RawTags[o] = [];
        _c.Users[o] = null;
        _c.Labels[o] = null;
        _live--;
    }

    private static int[] SlotsOf(TagGraph graph, int[] rawTags, out byte fandoms)
    {
        var direct = new HashSet<int>();
        var all = new SortedSet<int>();
        foreach (var t in rawTags)
        {
            var closure = graph.ClosureOf(t);
            all.UnionWith(closure);
            if (graph.TypeOf(graph.SlotOf(t)) == Tags.TagType.Fandom) direct.Add(graph.SlotOf(t));
        }
        fandoms = (byte)Math.Min(graph.UnrelatedCount(direct), 255);
        return all.ToArray();
    }

    private static Posting PostingFor(List<Posting> postings, int slot)
    {
        while (postings.Count <= slot) postings.Add(new Posting());
        return postings[slot];
    }

    private short LanguageId(string language, bool add)
    {
        if (_languageId.TryGetValue(language, out var id)) return id;
        if (!add) return -1;
        id = (short)_languageId.Count;
        _languageId[language] = id;
        return id;
    }

    private int UserOrdinal(string userId, bool add)
    {
        if (_userOrdinal.TryGetValue(userId, out var id)) return id;
        if (!add) return -1;
        id = _userOrdinal.Count;
        _userOrdinal[userId] = id;
        return id;
    }

    public static string LabelKey(string name) => People.Reader.LabelKey(name);

    private int LabelOrdinal(string name)
    {
        var key = LabelKey(name);
        if (_labelOrdinal.TryGetValue(key, out var id)) return id;
        id = _labelWorks.Count;
        _labelOrdinal[key] = id;
        _labelWorks.Add(new Posting());
        return id;
    }

    private static List<T>?[] Group<TRow, T>(IReadOnlyList<TRow> rows, Dictionary<int, int> ordinals, int count, Func<TRow, int> work, Func<TRow, T> value)
    {
        var groups = new List<T>?[count];
        foreach (var r in rows)
            if (ordinals.TryGetValue(work(r), out var o)) (groups[o] ??= []).Add(value(r));
        return groups;
    }

    // Approximate bytes held: columns, per-work arrays, postings and facet tallies (not dictionary overheads).
    public long ApproximateBytes()
    {
        _lock.EnterReadLock();
        try
        {
            var tallies = _tally == null ? 0 : _tally.Class.Sum(t => 4L * t.Length) + _tally.Tag.Sum(t => 4L * (t?.Length ?? 0));
            return _c.Bytes() + _postings.Sum(p => p.Bytes + 32) + _labelWorks.Sum(p => p.Bytes + 32) + tallies;
        }
        finally { _lock.ExitReadLock(); }
    }
}
