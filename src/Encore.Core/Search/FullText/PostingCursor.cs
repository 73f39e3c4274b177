using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    // Moves past count varints. Common words have hundreds of positions in a work, so a whole 16-byte block is
    // stepped over at once when it ends no more varints than are left to skip (a varint ends at a byte below 0x80).
    public static void Skip(byte[] from, ref int at, int count)
    {
        var i = at;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetArrayDataReference(from);
            while (count >= 16 && i + 16 <= from.Length)
            {
                var continues = Vector128.LoadUnsafe(ref start, (nuint)i).ExtractMostSignificantBits();
                var ends = 16 - BitOperations.PopCount(continues);
                if (ends > count || (ends == count && (continues & 0x8000) != 0)) break;
                i += 16;
                count -= ends;
            }
        }
        while (count > 0)
            if (from[i++] < 0x80) count--;
        at = i;
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

    // The entry's positions not read yet, into buffer (which must hold Count); returns how many. A tight loop on
    // locals: phrase search decodes millions of positions for common words.
    public int ReadPositions(Span<int> buffer)
    {
        var n = 0;
        var at = _at;
        var position = _position;
        var absolute = _unread == Count;
        for (var left = _unread; left > 0; left--)
        {
            uint value = blob[at++];
            if (value >= 0x80)
            {
                value &= 0x7F;
                var shift = 7;
                uint b;
                do
                {
                    b = blob[at++];
                    value |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b >= 0x80);
            }
            position = absolute ? (int)value : position + (int)value;
            absolute = false;
            buffer[n++] = position;
        }
        _at = at;
        _position = position;
        _unread = 0;
        return n;
    }
}
