namespace Encore.Search;

// Every work's tag slots (sorted) in one array in ordinal order, rather than an int[] per work. Facet counting reads
// the slots of every work in a result, in ordinal order: with an array per work those reads land all over a 500 MB
// heap, about one TLB miss per work (and a page walk under a hypervisor costs more), which made counting 100,000
// works take 20-40 ms; here they move forward through one block of about 50 MB. It is also a million fewer objects
// for the garbage collector to trace.
// A work whose slots change has them written in place when they fit, else appended at the end; the space left behind
// is reclaimed by compacting (in ordinal order again) once it passes a quarter of the store.
internal sealed class SlotStore
{
    private int[] _data = [];
    private int _used, _garbage;
    private int[] _start = [], _length = [];

    public ReadOnlySpan<int> this[int ordinal] => _data.AsSpan(_start[ordinal], _length[ordinal]);

    public int LengthOf(int ordinal) => _length[ordinal];

    public long Bytes => _data.LongLength * 4 + _start.LongLength * 8;

    public void Ensure(int capacity)
    {
        if (capacity <= _start.Length) return;
        var n = Math.Max(capacity, _start.Length * 2);
        Array.Resize(ref _start, n);
        Array.Resize(ref _length, n);
    }

    // Room for this many slots in all before the store has to grow (a build knows about how many it will add).
    public void Reserve(long slots)
    {
        if (slots > _data.Length) Array.Resize(ref _data, (int)Math.Min(Array.MaxLength, slots));
    }

    public void Set(int ordinal, ReadOnlySpan<int> slots)
    {
        Ensure(ordinal + 1);
        var old = _length[ordinal];
        if (slots.Length <= old)
        {
            slots.CopyTo(_data.AsSpan(_start[ordinal]));
            _garbage += old - slots.Length;
        }
        else
        {
            if (_used + slots.Length > _data.Length)
                Array.Resize(ref _data, (int)Math.Min(Array.MaxLength, Math.Max(_used + slots.Length, (long)_data.Length * 3 / 2 + 1024)));
            slots.CopyTo(_data.AsSpan(_used));
            _start[ordinal] = _used;
            _used += slots.Length;
            _garbage += old;
        }
        _length[ordinal] = slots.Length;
        if (_garbage > 4096 && _garbage > _used / 4) Compact();
    }

    private void Compact()
    {
        var data = new int[_used - _garbage + 1024];
        var at = 0;
        for (var o = 0; o < _start.Length; o++)
        {
            var n = _length[o];
            if (n == 0) continue;
            Array.Copy(_data, _start[o], data, at, n);
            _start[o] = at;
            at += n;
        }
        _data = data;
        _used = at;
        _garbage = 0;
    }

    public static SlotStore From(int[][] slots, int count)
    {
        var store = new SlotStore();
        store.Ensure(count);
        long total = 0;
        for (var o = 0; o < count; o++) total += slots[o].Length;
        store.Reserve(total);
        for (var o = 0; o < count; o++) store.Set(o, slots[o]);
        return store;
    }
}
