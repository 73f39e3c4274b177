using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Encore.Export;

// The EPUB's zip container, written directly so that its entries can be compressed on every core at once (the
// framework's ZipArchive compresses one entry after another, and for a long work compression is a third of the
// time). Plain zip as EPUB's container spec asks: no zip64, no data descriptors, no extra fields, the first entry
// "mimetype" stored; each entry deflated (System.IO.Compression) unless that would not make it smaller.
internal sealed record ZipEntry(string Name, byte[] Data, uint Crc, int Length, bool Deflated)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ZipEntry Stored(string name, string text)
    {
        var bytes = Utf8.GetBytes(text);
        return new ZipEntry(name, bytes, Crc32.Compute(bytes), bytes.Length, false);
    }

    public static ZipEntry Compressed(string name, string text)
    {
        var bytes = Utf8.GetBytes(text);
        using var buffer = new MemoryStream(bytes.Length / 2 + 64);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(bytes);
        return buffer.Length < bytes.Length
            ? new ZipEntry(name, buffer.ToArray(), Crc32.Compute(bytes), bytes.Length, true)
            : new ZipEntry(name, bytes, Crc32.Compute(bytes), bytes.Length, false);
    }
}

internal static class EpubZip
{
    public static void Write(Stream output, IReadOnlyList<ZipEntry> entries, DateTime modified)
    {
        var (time, date) = DosTime(modified);
        var offsets = new long[entries.Count];
        var written = 0L;
        var header = new byte[46];
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var name = Encoding.ASCII.GetBytes(e.Name);
            offsets[i] = written;
            Span<byte> local = header.AsSpan(0, 30);
            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
            Common(local[4..], e, name.Length, time, date);
            output.Write(local);
            output.Write(name);
            output.Write(e.Data);
            written += 30 + name.Length + e.Data.Length;
        }
        var directoryStart = written;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var name = Encoding.ASCII.GetBytes(e.Name);
            Span<byte> central = header.AsSpan(0, 46);
            central.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(central, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(central[4..], 20);          // made by: MS-DOS, zip 2.0
            Common(central[6..], e, name.Length, time, date);                  // through the extra field's length
            BinaryPrimitives.WriteUInt32LittleEndian(central[42..], (uint)offsets[i]);
            output.Write(central);
            output.Write(name);
            written += 46 + name.Length;
        }
        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(written - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directoryStart);
        output.Write(end);
    }

    // The fields local and central headers share, from "version needed to extract" to "extra field length".
    private static void Common(Span<byte> s, ZipEntry e, int nameLength, ushort time, ushort date)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)(e.Deflated ? 20 : 10));
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 0);                   // flags: sizes known, names ASCII
        BinaryPrimitives.WriteUInt16LittleEndian(s[4..], (ushort)(e.Deflated ? 8 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(s[6..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(s[10..], e.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(s[14..], (uint)e.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(s[18..], (uint)e.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(s[22..], (ushort)nameLength);
        BinaryPrimitives.WriteUInt16LittleEndian(s[24..], 0);
    }

    private static (ushort Time, ushort Date) DosTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1);
        if (t.Year > 2107) t = new DateTime(2107, 12, 31);
        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }
}

// CRC-32 (IEEE 802.3, as zip uses it), eight bytes a step.
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    private static uint[] Build()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        for (var i = 0; i < 256; i++)
            for (var s = 1; s < 8; s++) table[s * 256 + i] = (table[(s - 1) * 256 + i] >> 8) ^ table[table[(s - 1) * 256 + i] & 0xFF];
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        var t = Table;
        while (data.Length >= 8)
        {
            var one = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var two = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t[7 * 256 + (one & 0xFF)] ^ t[6 * 256 + ((one >> 8) & 0xFF)] ^ t[5 * 256 + ((one >> 16) & 0xFF)] ^ t[4 * 256 + (one >> 24)]
                ^ t[3 * 256 + (two & 0xFF)] ^ t[2 * 256 + ((two >> 8) & 0xFF)] ^ t[1 * 256 + ((two >> 16) & 0xFF)] ^ t[two >> 24];
            data = data[8..];
        }
        foreach (var b in data) crc = t[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
