using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Encore.Search;

// A term's postings are one byte array of entries in ascending ordinal order, each
//   [ordinal - previous ordinal (the first: ordinal + 1)] [count × 2 + bitmap] then either
//   [first position] [position - previous]…   as unsigned LEB128 varints (most gaps fit one byte), or
//   a bitmap of the work's positions, one bit each (its length follows from the work's number of positions),
// the bitmap where the word is dense in the work (Postings.UsesBitmap): the commonest words ("the", "and"), whose
// hundreds of positions a work a phrase would otherwise decode one by one, are then tested a bit at a time and
// skipped in one step. There are no skip lists: a query reads each of its terms' arrays once, front to back.
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
// NextPosition (up to Count times), ReadPositions, or (for a bitmap entry) tested with HasPosition; or left: the next
// MoveNext skips whatever was not read.
internal struct PostingCursor(byte[] blob, int length, int[] starts)
{
    private int _at;
    private int _unread;
    private int _bitmap = -1;    // where the entry's bitmap starts, or -1 for varint positions
    private int _bitmapEnd;
    private int _position = -1;

    public int Ordinal { get; private set; } = -1;
    public int Count { get; private set; }
    public readonly bool IsBitmap => _bitmap >= 0;

    public bool MoveNext()
    {
        if (_bitmap >= 0) _at = _bitmapEnd;
        else if (_unread > 0) Varint.Skip(blob, ref _at, _unread);
        _unread = 0;
        if (_at >= length) { Ordinal = int.MaxValue; _bitmap = -1; return false; }
        Ordinal += (int)Varint.Read(blob, ref _at);
        var header = (int)Varint.Read(blob, ref _at);
        Count = header >> 1;
        _unread = Count;
        _position = -1;
        if ((header & 1) != 0)
        {
            _bitmap = _at;
            _bitmapEnd = _at + Postings.BitmapBytes(starts, Ordinal);
        }
        else _bitmap = -1;
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
        _unread--;
        if (_bitmap >= 0) return _position = NextBit(_position + 1);
        var delta = (int)Varint.Read(blob, ref _at);
        return _position = _position < 0 ? delta : _position + delta;
    }

    // A bitmap entry's bits (bit p of byte p / 8 is position p).
    public readonly ReadOnlySpan<byte> Bitmap => blob.AsSpan(_bitmap, _bitmapEnd - _bitmap);

    // Whether a bitmap entry holds the position.
    public readonly bool HasPosition(int position)
    {
        var i = _bitmap + (position >> 3);
        return position >= 0 && i < _bitmapEnd && (blob[i] & (1 << (position & 7))) != 0;
    }

    // The entry's positions not read yet, into buffer (which must hold Count); returns how many. A tight loop on
    // locals: phrase search decodes millions of positions for common words.
    public int ReadPositions(Span<int> buffer)
    {
        var n = 0;
        if (_bitmap >= 0)
        {
            // Sixty-four bits at a time, from the word holding the next position to read.
            var bits = Bitmap;
            var from = _position + 1;
            for (var w = from >> 6; _unread > 0 && w << 3 < bits.Length; w++)
            {
                var word = Postings.Word(bits, w);
                if (w == from >> 6) word &= ~0UL << (from & 63);
                while (word != 0 && _unread > 0)
                {
                    buffer[n++] = _position = (w << 6) + BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                    _unread--;
                }
            }
            return n;
        }
        var at = _at;
        var position = _position;
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
            position = position < 0 ? (int)value : position + (int)value;
            buffer[n++] = position;
        }
        _at = at;
        _position = position;
        _unread = 0;
        return n;
    }

    // The first set bit at or after `from` (a byte at a time, then the bit within it).
    private readonly int NextBit(int from)
    {
        var i = _bitmap + (from >> 3);
        if (i >= _bitmapEnd) return int.MaxValue;
        var bits = blob[i] >> (from & 7);
        if (bits != 0) return from + BitOperations.TrailingZeroCount(bits);
        for (i++; i < _bitmapEnd; i++)
            if (blob[i] != 0) return ((i - _bitmap) << 3) + BitOperations.TrailingZeroCount(blob[i]);
        return int.MaxValue;
    }
}

internal static class Postings
{
    // A bitmap takes a bit per position of the work, varints about a byte per occurrence: the bitmap is chosen when
    // the word is at least one in 64 words of the work (and at least 32 times), which in English takes in "the",
    // "and", "to", "of" and costs about L/8 bytes a work for each of them.
    public static bool UsesBitmap(int count, int positions) => count >= 32 && count * 64 >= positions;

    // Bits 64w to 64w + 63 of a bitmap, zero past its end.
    public static ulong Word(ReadOnlySpan<byte> bits, int w)
    {
        var at = w << 3;
        if (at + 8 <= bits.Length) return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bits[at..]);
        ulong word = 0;
        for (var i = 0; at + i < bits.Length; i++) word |= (ulong)bits[at + i] << (8 * i);
        return word;
    }

    public static int BitmapBytes(int[] starts, int ordinal) => (starts[ordinal * (WorkText.FieldCount + 1) + WorkText.FieldCount] + 7) >> 3;
}
