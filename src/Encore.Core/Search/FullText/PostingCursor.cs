namespace Encore.Search;

// A term's postings are one byte array of entries in ascending ordinal order, each
//   [ordinal - previous ordinal (the first: ordinal + 1)] [count] [first position] [position - previous]…
// all as unsigned LEB128 varints. Most gaps fit one byte, so 100 million words of text take a couple of hundred
// megabytes. There are no skip lists: a query reads each of its terms' arrays once, front to back, and the largest
// (the commonest word) is a few megabytes, a few milliseconds to scan.
internal static class Varint
{
    public static int Write(Span<byte> to, uint value)
    {
        var n = 0;
        while (value >= 0x80)
        {
            to[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        to[n++] = (byte)value;
        return n;
    }

    public static uint Read(byte[] from, ref int at)
    {
        uint value = from[at++];
        if (value < 0x80) return value;
        value &= 0x7F;
        var shift = 7;
        while (true)
        {
            uint b = from[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
        }
    }

    // Moves past count varints.
    public static void Skip(byte[] from, ref int at, int count)
    {
        while (count > 0)
            if (from[at++] < 0x80) count--;
    }
}

// Reads one term's entries. After MoveNext, Ordinal and Count describe the entry; its positions may be read with
// NextPosition (up to Count times) or left: the next MoveNext skips whatever was not read.
internal struct PostingCursor(byte[] blob, int length)
{
    private int _at;
    private int _unread;

    public int Ordinal { get; private set; } = -1;
    public int Count { get; private set; }
    private int _position;

    public bool MoveNext()
    {
        if (_unread > 0) { Varint.Skip(blob, ref _at, _unread); _unread = 0; }
        if (_at >= length) { Ordinal = int.MaxValue; return false; }
        Ordinal += (int)Varint.Read(blob, ref _at);
        Count = (int)Varint.Read(blob, ref _at);
        _unread = Count;
        _position = 0;
        return true;
    }

    // Advances to the first entry with ordinal >= target (or the end).
    public bool MoveTo(int target)
    {
        while (Ordinal < target)
            if (!MoveNext()) return false;
        return Ordinal != int.MaxValue;
    }

    public int NextPosition()
    {
        var delta = (int)Varint.Read(blob, ref _at);
        _position = _unread == Count ? delta : _position + delta;
        _unread--;
        return _position;
    }

    // The entry's positions not read yet, into buffer (which must hold Count); returns how many.
    public int ReadPositions(Span<int> buffer)
    {
        var n = 0;
        while (_unread > 0) buffer[n++] = NextPosition();
        return n;
    }
}
