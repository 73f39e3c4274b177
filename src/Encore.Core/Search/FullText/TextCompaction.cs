namespace Encore.Search;

public sealed partial class TextIndex
{
    // Rewrites every posting without the dead ordinals and renumbers the live ones densely (order kept, so postings
    // stay sorted and positions are copied as bytes). Runs holding only the writer's turn: searches keep reading the
    // old arrays, which nothing changes meanwhile, and the write lock is held just to swap the new ones in.
    // Words no live work uses any more leave the dictionary.
    // For tests: compacts now, whatever the share of dead ordinals.
    internal void Compact()
    {
        _writer.Wait();
        try { CompactHeld(); }
        finally { _writer.Release(); }
    }

    private void CompactHeld()
    {
        var map = new int[_count];
        var live = 0;
        for (var o = 0; o < _count; o++) map[o] = IsDead(o) ? -1 : live++;

        var terms = new List<string>();
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var blobs = new List<byte[]>();
        var lengths = new List<int>();
        var last = new List<int>();
        var entries = new List<int>();
        var buffer = new byte[1024];
        Span<byte> header = stackalloc byte[10];
        for (var t = 0; t < _terms.Count; t++)
        {
            var blob = _blobs[t];
            var length = _lengths[t];
            var written = 0;
            var count = 0;
            var previous = -1;
            var at = 0;
            var ordinal = -1;
            while (at < length)
            {
                ordinal += (int)Varint.Read(blob, ref at);
                var n = (int)Varint.Read(blob, ref at);
                var from = at;
                if ((n & 1) != 0) at += Postings.BitmapBytes(_starts, ordinal);
                else Varint.Skip(blob, ref at, n >> 1);
                if (map[ordinal] < 0) continue;
                var h = Varint.Write(header, (uint)(map[ordinal] - previous));
                h += Varint.Write(header[h..], (uint)n);
                if (buffer.Length < written + h + at - from) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, written + h + at - from));
                header[..h].CopyTo(buffer.AsSpan(written));
                blob.AsSpan(from, at - from).CopyTo(buffer.AsSpan(written + h));
                written += h + at - from;
                previous = map[ordinal];
                count++;
            }
            if (count == 0) continue;
            termIds[_terms[t]] = terms.Count;
            terms.Add(_terms[t]);
            blobs.Add(buffer.AsSpan(0, written).ToArray());
            lengths.Add(written);
            last.Add(previous);
            entries.Add(count);
        }

        var workIds = new int[Math.Max(256, live)];
        var starts = new int[workIds.Length * FieldSlots];
        var fingerprints = new ulong[workIds.Length];
        var byWork = new Dictionary<int, int>(live);
        for (var o = 0; o < _count; o++)
        {
            var n = map[o];
            if (n < 0) continue;
            workIds[n] = _workIds[o];
            fingerprints[n] = _fingerprints[o];
            _starts.AsSpan(o * FieldSlots, FieldSlots).CopyTo(starts.AsSpan(n * FieldSlots));
            byWork[_workIds[o]] = n;
        }

        _lock.EnterWriteLock();
        try
        {
            _terms = terms;
            _termIds = termIds;
            var capacity = Math.Max(1024, terms.Count);
            _blobs = new byte[capacity][];
            blobs.CopyTo(_blobs);
            _lengths = new int[capacity];
            lengths.CopyTo(_lengths);
            _last = new int[capacity];
            last.CopyTo(_last);
            _entries = new int[capacity];
            entries.CopyTo(_entries);
            _sortedIds = null;
            _termsReady = terms.Count;
            _workIds = workIds;
            _starts = starts;
            _fingerprints = fingerprints;
            _dead = new ulong[(workIds.Length + 63) >> 6];
            _ordinalByWork = byWork;
            _count = live;
        }
        finally { _lock.ExitWriteLock(); }
    }
}
