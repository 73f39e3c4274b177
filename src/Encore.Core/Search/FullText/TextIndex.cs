using System.Threading.Channels;
using Encore.Data;

namespace Encore.Search;

// The in-memory full-text index: a positional inverted index over every work's title, creators, tags, summary,
// notes and story text. Like WorkIndex it is built from the database at start and told about changes, so it works the
// same on SQLite and PostgreSQL and each web node holds its own.
//
// Each work gets an ordinal; its words are numbered field after field (title, creators, tags, summary, notes, body)
// with a gap after every value, so a phrase never spans two tags or two fields, and a field is a range of positions.
// Ordinals only grow: a changed work is appended under a new ordinal and its old one marked dead, so every term's
// postings stay sorted and an update is an append. Once dead ordinals pass a quarter of the live ones, Compact
// rewrites the postings without them. As in Lucene, dead entries still count in document frequencies until then.
//
// Concurrency as in WorkIndex: many readers, one writer. The writer tokenizes outside the lock and holds the write
// lock only to append.
public sealed partial class TextIndex
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _writer = new(1, 1);

    private Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private List<string> _terms = [];
    private byte[][] _blobs = [];
    private int[] _lengths = [], _last = [], _entries = [];
    private int _termsReady;     // term ids below this have postings arrays
    private int[]? _sortedIds;   // term ids in ordinal order of the terms, for prefix expansion; null after new terms arrive

    private int[] _workIds = [];
    private int[] _starts = [];   // FieldSlots per ordinal: where each field starts, then the end
    private ulong[] _fingerprints = [];
    private ulong[] _dead = [];
    private Dictionary<int, int> _ordinalByWork = [];
    private int _count, _live;
    private readonly long[] _fieldSums = new long[WorkText.FieldCount];
    private readonly int[] _fieldWorks = new int[WorkText.FieldCount];   // live works with something in the field

    private const int FieldSlots = WorkText.FieldCount + 1;

    public int LiveWorks { get { _lock.EnterReadLock(); try { return _live; } finally { _lock.ExitReadLock(); } } }
    public int TermCount { get { _lock.EnterReadLock(); try { return _terms.Count; } finally { _lock.ExitReadLock(); } } }

    public static TextIndex Build(IEnumerable<WorkText> texts)
    {
        var index = new TextIndex();
        var doc = new DocTerms();
        foreach (var text in texts) index.Add(text, doc);
        index.Trim();
        return index;
    }

    // A pipeline of three stages, so a build keeps both cores busy: this task reads the database in batches and
    // reduces HTML to text, a second tokenizes (and owns the dictionary meanwhile), a third appends postings. A few
    // DocTerms circulate between the last two, so tokenizing allocates almost nothing.
    public static async Task<TextIndex> BuildAsync(EncoreDb db, CancellationToken ct = default)
    {
        var index = new TextIndex();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = stop.Token;
        var texts = Channel.CreateBounded<WorkText>(new BoundedChannelOptions(64) { SingleReader = true, SingleWriter = true });
        var docs = Channel.CreateBounded<DocTerms>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var free = Channel.CreateUnbounded<DocTerms>();
        for (var i = 0; i < 10; i++) free.Writer.TryWrite(new DocTerms());
        async Task Stage(Func<Task> run, ChannelWriter<DocTerms>? output)
        {
            try
            {
                await run();
                output?.Complete();
            }
            catch (Exception e)
            {
                output?.TryComplete(e);
                await stop.CancelAsync();
                throw;
            }
        }
        var tokenizer = Task.Run(() => Stage(async () =>
        {
            await foreach (var text in texts.Reader.ReadAllAsync(token))
            {
                var doc = await free.Reader.ReadAsync(token);
                doc.Tokenize(text, index, register: true);
                await docs.Writer.WriteAsync(doc, token);
            }
        }, docs.Writer), token);
        var appender = Task.Run(() => Stage(async () =>
        {
            await foreach (var doc in docs.Reader.ReadAllAsync(token))
            {
                index.Append(doc);
                free.Writer.TryWrite(doc);
            }
        }, null), token);
        try
        {
            await foreach (var text in WorkTextReader.ReadAllAsync(db, token)) await texts.Writer.WriteAsync(text, token);
            texts.Writer.Complete();
            await Task.WhenAll(tokenizer, appender);
        }
        catch (Exception e)
        {
            texts.Writer.TryComplete(e);
            await stop.CancelAsync();
            try { await Task.WhenAll(tokenizer, appender); } catch { /* the first failure is the one to report */ }
            if (e is OperationCanceledException && !ct.IsCancellationRequested)
                await Task.WhenAll(tokenizer, appender);   // a stage failed and cancelled the rest: report its error
            throw;
        }
        index.Trim();
        return index;
    }

    private void Append(DocTerms doc)
    {
        if (_ordinalByWork.ContainsKey(doc.WorkId)) Remove(doc.WorkId);
        Apply(doc);
    }

    // Re-reads one work's text (after a post, an edit, a chapter change, a delete). Does nothing when the text is
    // unchanged, so it is cheap to call after a kudos or a hit too.
    public async Task RefreshWorkAsync(EncoreDb db, int workId, CancellationToken ct = default)
    {
        await _writer.WaitAsync(ct);
        try { RefreshHeld(workId, await WorkTextReader.ReadOneAsync(db, workId, ct)); }
        finally { _writer.Release(); }
    }

    // Re-reads the given works (a batch of the change feed) a slice at a time, so a batch of thousands of long works
    // is not held in memory at once; works whose text is unchanged are skipped, works gone from the database leave.
    public async Task RefreshWorksAsync(EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default)
    {
        if (workIds.Count == 0) return;
        await _writer.WaitAsync(ct);
        try
        {
            foreach (var slice in workIds.Distinct().Order().Chunk(200))
            {
                var texts = (await WorkTextReader.ReadSomeAsync(db, slice, ct)).ToDictionary(t => t.WorkId);
                foreach (var id in slice) RefreshHeld(id, texts.GetValueOrDefault(id));
            }
        }
        finally { _writer.Release(); }
    }

    // The same from text in hand; null removes the work.
    public void Refresh(int workId, WorkText? text)
    {
        _writer.Wait();
        try { RefreshHeld(workId, text); }
        finally { _writer.Release(); }
    }

    private void RefreshHeld(int workId, WorkText? text)
    {
        var known = _ordinalByWork.TryGetValue(workId, out var old);
        if (text != null && known && _fingerprints[old] == text.Fingerprint()) return;
        if (text == null && !known) return;
        DocTerms? doc = null;
        if (text != null)
        {
            // Reading the term dictionary outside the lock is safe: only the writer changes it, and this is the writer.
            doc = new DocTerms();
            doc.Tokenize(text, this);
        }
        _lock.EnterWriteLock();
        try
        {
            if (known) Remove(workId);
            if (doc != null) Apply(doc);
        }
        finally { _lock.ExitWriteLock(); }
        if (_count - _live > 64 && _count - _live > _live / 4) CompactHeld();
    }

    private void Add(WorkText text, DocTerms doc)
    {
        if (_ordinalByWork.ContainsKey(text.WorkId)) Remove(text.WorkId);
        doc.Tokenize(text, this);
        Apply(doc);
    }

    private void Remove(int workId)
    {
        if (!_ordinalByWork.Remove(workId, out var o)) return;
        _dead[o >> 6] |= 1UL << o;
        _live--;
        for (var f = 0; f < WorkText.FieldCount; f++) Count(o, f, -1);
    }

    private bool IsDead(int o) => (_dead[o >> 6] & (1UL << o)) != 0;

    private void Count(int o, int f, int sign)
    {
        var length = FieldLength(o, f);
        _fieldSums[f] += sign * length;
        if (length > 0) _fieldWorks[f] += sign;
    }

    private int FieldLength(int o, int f) => _starts[o * FieldSlots + f + 1] - _starts[o * FieldSlots + f];

    private void Apply(DocTerms doc)
    {
        foreach (var term in doc.NewTerms)
        {
            _termIds[term] = _terms.Count;
            _terms.Add(term);
        }
        EnsureTerms(doc.NewTerms.Count > 0 ? _terms.Count : doc.TermLimit);

        var o = _count++;
        if (o >= _workIds.Length)
        {
            var n = Math.Max(256, _workIds.Length * 2);
            Array.Resize(ref _workIds, n); Array.Resize(ref _fingerprints, n); Array.Resize(ref _starts, n * FieldSlots);
            Array.Resize(ref _dead, (n + 63) >> 6);
        }
        _workIds[o] = doc.WorkId;
        _fingerprints[o] = doc.Fingerprint;
        doc.Starts.CopyTo(_starts.AsSpan(o * FieldSlots, FieldSlots));
        _ordinalByWork[doc.WorkId] = o;
        _live++;
        for (var f = 0; f < WorkText.FieldCount; f++) Count(o, f, 1);

        var at = 0;
        var total = doc.Starts[WorkText.FieldCount];
        for (var s = 0; s < doc.TermCount; s++)
        {
            var t = doc.Terms[s];
            var count = doc.Counts[s];
            var bitmap = Postings.UsesBitmap(count, total);
            var bitmapBytes = (total + 7) >> 3;
            var blob = Room(t, 10 + (bitmap ? bitmapBytes : 5 * count));
            var length = _lengths[t];
            length += Varint.Write(blob.AsSpan(length), (uint)(o - _last[t]));
            length += Varint.Write(blob.AsSpan(length), (uint)(count * 2 + (bitmap ? 1 : 0)));
            if (bitmap)
            {
                blob.AsSpan(length, bitmapBytes).Clear();
                for (var i = 0; i < count; i++)
                {
                    var p = doc.Positions[at + i];
                    blob[length + (p >> 3)] |= (byte)(1 << (p & 7));
                }
                length += bitmapBytes;
            }
            else
            {
                var previous = 0;
                for (var i = 0; i < count; i++)
                {
                    var p = doc.Positions[at + i];
                    length += Varint.Write(blob.AsSpan(length), (uint)(p - previous));
                    previous = p;
                }
            }
            at += count;
            _lengths[t] = length;
            _last[t] = o;
            _entries[t]++;
        }
    }

    // Postings arrays for term ids below limit. During a parallel build the tokenizer registers terms ahead of the
    // appender, so the appender goes by each work's limit rather than the dictionary's size.
    private void EnsureTerms(int limit)
    {
        if (limit <= _termsReady) return;
        if (limit > _blobs.Length)
        {
            var n = Math.Max(Math.Max(1024, limit), _blobs.Length * 2);
            Array.Resize(ref _blobs, n); Array.Resize(ref _lengths, n); Array.Resize(ref _last, n); Array.Resize(ref _entries, n);
        }
        for (var t = _termsReady; t < limit; t++)
        {
            _blobs[t] = [];
            _last[t] = -1;
        }
        _termsReady = limit;
        _sortedIds = null;
    }

    // The term's array with room for extra more bytes. Grows by half: after Trim, appends to a large posting (the
    // commonest words) would otherwise copy it twice over.
    private byte[] Room(int t, int extra)
    {
        var blob = _blobs[t];
        var need = _lengths[t] + extra;
        if (need <= blob.Length) return blob;
        Array.Resize(ref blob, Math.Max(need, Math.Max(16, blob.Length + blob.Length / 2)));
        return _blobs[t] = blob;
    }

    // After a build: arrays to their exact size (growth leaves up to a third unused).
    private void Trim()
    {
        for (var t = 0; t < _terms.Count; t++)
            if (_blobs[t].Length != _lengths[t]) Array.Resize(ref _blobs[t], _lengths[t]);
    }

    // Approximate bytes held: postings, the term dictionary and the per-work arrays.
    public long ApproximateBytes()
    {
        _lock.EnterReadLock();
        try
        {
            long bytes = 0;
            for (var t = 0; t < _terms.Count; t++) bytes += _blobs[t].Length + 24 + 12 + 2L * _terms[t].Length + 22 + 24;
            bytes += (long)_workIds.Length * (4 + 8 + 4 * FieldSlots + 24) + _dead.Length * 8L + _blobs.Length * 20L;
            return bytes;
        }
        finally { _lock.ExitReadLock(); }
    }
}
