namespace Encore.Search;

// The works (by ordinal) carrying one tag. Small sets are sorted int arrays (4 bytes a work, binary-search
// membership); once a tag covers more than 1/32 of the archive a bitset is smaller and tests in O(1), so the set
// switches. It never switches back on removals: a shrinking giant tag is rare and the bitset stays correct.
public sealed class Posting
{
    private int[] _items = [];
    private ulong[]? _bits;

    public int Count { get; private set; }
    public bool IsBitset => _bits != null;

    public long Bytes => _bits != null ? _bits.LongLength * 8 : _items.LongLength * 4;

    // The members as stored, for walks that test them against a result (facet counting): the bitset, or else the
    // sorted ordinals.
    internal ulong[]? Bits => _bits;
    internal ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    public bool Contains(int ordinal)
    {
        if (_bits != null)
        {
            var word = ordinal >> 6;
            return word < _bits.Length && (_bits[word] & (1UL << ordinal)) != 0;
        }
        return Array.BinarySearch(_items, 0, Count, ordinal) >= 0;
    }

    public void Add(int ordinal, int universe)
    {
        if (_bits != null)
        {
            EnsureBits(ordinal);
            ref var word = ref _bits[ordinal >> 6];
            if ((word & (1UL << ordinal)) != 0) return;
            word |= 1UL << ordinal;
            Count++;
            return;
        }
        var at = Count == 0 || _items[Count - 1] < ordinal ? ~Count : Array.BinarySearch(_items, 0, Count, ordinal);
        if (at >= 0) return;
        at = ~at;
        if (Count == _items.Length) Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        Array.Copy(_items, at, _items, at + 1, Count - at);
        _items[at] = ordinal;
        Count++;
        if (Count > 64 && Count > universe / 32) ToBitset(universe);
    }

    public void Remove(int ordinal)
    {
        if (_bits != null)
        {
            var w = ordinal >> 6;
            if (w < _bits.Length && (_bits[w] & (1UL << ordinal)) != 0) { _bits[w] &= ~(1UL << ordinal); Count--; }
            return;
        }
        var at = Array.BinarySearch(_items, 0, Count, ordinal);
        if (at < 0) return;
        Array.Copy(_items, at + 1, _items, at, Count - at - 1);
        Count--;
    }

    // Writes the ordinals in ascending order into buffer (which must hold Count) and returns how many.
    public int CopyTo(int[] buffer)
    {
        if (_bits == null)
        {
            Array.Copy(_items, buffer, Count);
            return Count;
        }
        var n = 0;
        for (var w = 0; w < _bits.Length; w++)
        {
            var word = _bits[w];
            while (word != 0)
            {
                buffer[n++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
        return n;
    }

    public IEnumerable<int> Ordinals()
    {
        var buffer = new int[Count];
        var n = CopyTo(buffer);
        return buffer.Take(n);
    }

    private void ToBitset(int universe)
    {
        _bits = new ulong[(Math.Max(universe, _items[Count - 1] + 1) + 63) >> 6];
        for (var i = 0; i < Count; i++) _bits[_items[i] >> 6] |= 1UL << _items[i];
        _items = [];
    }

    private void EnsureBits(int ordinal)
    {
        var need = (ordinal >> 6) + 1;
        if (need > _bits!.Length) Array.Resize(ref _bits, Math.Max(need, _bits.Length * 2));
    }

    // Bitset algebra for the filter: r is the query's result bitset (one bit per ordinal, r.Length words).

    // r &= this. An array posting keeps only its own members that r holds, via scratch (same length as r).
    public void AndInto(ulong[] r, int words, ulong[] scratch)
    {
        if (_bits != null)
        {
            var m = Math.Min(words, _bits.Length);
            for (var w = 0; w < m; w++) r[w] &= _bits[w];
            Array.Clear(r, m, words - m);
            return;
        }
        Array.Clear(scratch, 0, words);
        for (var i = 0; i < Count; i++)
        {
            var o = _items[i];
            var w = o >> 6;
            if (w < words) scratch[w] |= r[w] & (1UL << o);
        }
        Array.Copy(scratch, r, words);
    }

    // r &= ~this.
    public void AndNotInto(ulong[] r, int words)
    {
        if (_bits != null)
        {
            var m = Math.Min(words, _bits.Length);
            for (var w = 0; w < m; w++) r[w] &= ~_bits[w];
            return;
        }
        for (var i = 0; i < Count; i++)
        {
            var o = _items[i];
            if (o >> 6 < words) r[o >> 6] &= ~(1UL << o);
        }
    }

    // r |= this.
    public void OrInto(ulong[] r, int words)
    {
        if (_bits != null)
        {
            var m = Math.Min(words, _bits.Length);
            for (var w = 0; w < m; w++) r[w] |= _bits[w];
            return;
        }
        for (var i = 0; i < Count; i++)
        {
            var o = _items[i];
            if (o >> 6 < words) r[o >> 6] |= 1UL << o;
        }
    }

    // |this AND r|: popcount over the words for a bitset, a bit test per member for an array.
    public int CountIn(ulong[] r, int words)
    {
        var n = 0;
        if (_bits != null)
        {
            var m = Math.Min(words, _bits.Length);
            for (var w = 0; w < m; w++) n += System.Numerics.BitOperations.PopCount(r[w] & _bits[w]);
            return n;
        }
        for (var i = 0; i < Count; i++)
        {
            var o = _items[i];
            if (o >> 6 < words && (r[o >> 6] & (1UL << o)) != 0) n++;
        }
        return n;
    }
}
