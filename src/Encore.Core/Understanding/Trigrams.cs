namespace Encore.Understanding;

// Which three-character sequences a sentence contains, hashed into 4,096 bits that stay in the processor's cache.
// A text occurs in the sentence only if all its trigrams do, so a rule whose required texts (RequiredText) each
// miss a trigram cannot match, and is skipped. A collision can only let a rule run that need not: never the reverse.
internal static class Trigrams
{
    public const int Words = 64;

    private static int Hash(char a, char b, char c) => (int)(((uint)a * 0x9E3779B1u ^ (uint)b * 0x85EBCA77u ^ (uint)c * 0xC2B2AE3Du) >> 20);

    public static void Fill(ReadOnlySpan<char> s, ulong[] bits)
    {
        Array.Clear(bits);
        for (var i = 2; i < s.Length; i++)
        {
            var h = Hash(s[i - 2], s[i - 1], s[i]);
            bits[h >> 6] |= 1UL << h;
        }
    }

    // A few trigrams of a text, spread along it (checking some is as sound as checking all); null if it has none.
    public static int[]? Of(string text)
    {
        if (text.Length < 3) return null;
        var starts = new[] { 0, text.Length / 3, 2 * text.Length / 3, text.Length - 3 }.Select(i => Math.Min(i, text.Length - 3)).Distinct();
        return starts.Select(i => Hash(text[i], text[i + 1], text[i + 2])).Distinct().ToArray();
    }

    // Whether one of the texts (each given by its trigrams) may occur.
    public static bool MayContainAny(ulong[] bits, int[][] texts)
    {
        foreach (var trigrams in texts)
        {
            var all = true;
            foreach (var h in trigrams)
                if ((bits[h >> 6] & (1UL << h)) == 0) { all = false; break; }
            if (all) return true;
        }
        return false;
    }
}
