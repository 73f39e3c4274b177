namespace Encore.Search;

// Per-work values in parallel arrays indexed by a dense ordinal: a million works cost tens of megabytes and a
// filter pass touches only the arrays it needs. Ordinals are never reused; a deleted work keeps its slot as a
// tombstone (Alive cleared) until the next rebuild.
internal sealed class WorkColumns
{
    public const byte Alive = 1, Complete = 2, Restricted = 4, Draft = 8, Hidden = 16;

    public int Count;
    public int[] Ids = [];
    public byte[] Flags = [];
    public byte[] Fandoms = [];
    public short[] Language = [];
    public int[] Chapters = [], Words = [], Hits = [], Kudos = [], Comments = [], Bookmarks = [];
    public long[] Published = [], Updated = [];
    // Sort keys: the first four characters of the lower-cased title / first creator packed into 64 bits decide most
    // comparisons without touching the strings; the strings break ties exactly.
    public long[] TitleKey = [], CreatorKey = [];
    public string[] Title = [], Creator = [];
    public int[]?[] Users = [];
    public int[][] RawTags = [];
    public SlotStore Slots = new();
    public int[]?[] Labels = [];

    public void Ensure(int capacity)
    {
        if (capacity <= Ids.Length) return;
        var n = Math.Max(capacity, Ids.Length * 2);
        Array.Resize(ref Ids, n); Array.Resize(ref Flags, n); Array.Resize(ref Fandoms, n); Array.Resize(ref Language, n);
        Array.Resize(ref Chapters, n); Array.Resize(ref Words, n); Array.Resize(ref Hits, n); Array.Resize(ref Kudos, n);
        Array.Resize(ref Comments, n); Array.Resize(ref Bookmarks, n); Array.Resize(ref Published, n); Array.Resize(ref Updated, n);
        Array.Resize(ref TitleKey, n); Array.Resize(ref CreatorKey, n); Array.Resize(ref Title, n); Array.Resize(ref Creator, n);
        Array.Resize(ref Users, n); Array.Resize(ref RawTags, n); Slots.Ensure(n); Array.Resize(ref Labels, n);
    }

    public long Bytes()
    {
        long b = (long)Ids.Length * (4 + 1 + 1 + 2 + 6 * 4 + 4 * 8 + 6 * 8) + Slots.Bytes;
        for (var i = 0; i < Count; i++)
        {
            b += 2L * (Title[i]?.Length ?? 0) + 2L * (Creator[i]?.Length ?? 0) + 48;
            b += 4L * ((Users[i]?.Length ?? 0) + RawTags[i].Length + (Labels[i]?.Length ?? 0)) + 72;
        }
        return b;
    }

    public static string SortText(string s) => s.Trim().ToLowerInvariant();

    public static long SortKey(string sortText)
    {
        ulong key = 0;
        for (var i = 0; i < 4; i++) key = (key << 16) | (i < sortText.Length ? sortText[i] : 0u);
        return (long)(key ^ 0x8000_0000_0000_0000UL);
    }
}
