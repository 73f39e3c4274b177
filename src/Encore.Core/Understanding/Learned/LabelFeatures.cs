namespace Encore.Understanding.Learned;

// The words the learned layer reads in a sentence: each word's stem ("pills" -> "pill", "swallowed" -> "swallow"),
// marked "!" when a negation comes just before it ("didn't take the pills" -> "!take", "!pill"). Pairs of words were
// tried and fitted the training passages' own wording rather than the labels. Training writes features as these
// strings, so the model file can be read by a person; the analyser never builds the strings, only their hashes.
internal static class LabelFeatures
{
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;
    private const int NegationReach = 3;

    private static readonly HashSet<string> Negations = ["not", "no", "never", "nobody", "nothing", "without", "neither", "nor", "none", "cannot"];
    private static readonly string[] Suffixes = ["ing", "ed", "es", "s"];

    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text) h = (h ^ c) * Prime;
        return h;
    }

    // What is told of each feature as it is read: its hash, its word (stemmed) and whether a negation marks it.
    public interface ISink
    {
        void Found(ulong hash, ReadOnlySpan<char> word, bool negated);
    }

    // Calls found(hash) for every feature of the sentence, in order; with names, also passes the feature's text.
    public static void Read(Sentence sentence, Action<ulong, string?> found, bool names = false)
    {
        var sink = new Named(found, names);
        Read(sentence, ref sink);
    }

    // The analyser's way in: a struct sink is called directly, with no delegate and no string per word.
    public static void Read<TSink>(Sentence sentence, ref TSink sink) where TSink : struct, ISink
    {
        var tokens = sentence.Tokens;
        Span<char> current = stackalloc char[48];
        var negatedUntil = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            var length = Stem(tokens[t].LowerSpan, current);
            if (length == 0) continue;
            var word = current[..length];
            var negated = t <= negatedUntil;
            var h = negated ? unchecked((Offset ^ '!') * Prime) : Offset;
            foreach (var c in word) h = (h ^ c) * Prime;
            sink.Found(h, word, negated);
            if (IsNegation(word)) negatedUntil = t + NegationReach;
        }
    }

    private readonly struct Named(Action<ulong, string?> found, bool names) : ISink
    {
        public void Found(ulong hash, ReadOnlySpan<char> word, bool negated) =>
            found(hash, names ? (negated ? "!" : "") + word.ToString() : null);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = Negations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word passes here, so the cheap tests first: the negations are 2-7 letters and begin with n, w or c.
    private static bool IsNegation(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 7 && word[0] is 'n' or 'w' or 'c' && NegationLookup.Contains(word) || word.EndsWith("n't");

    // Lower-cased word with curly apostrophes straightened and a plain suffix taken off; numbers are "#". Returns
    // the length written to into, or 0 for a word too long to be one.
    private static int Stem(ReadOnlySpan<char> lower, Span<char> into)
    {
        if (lower.Length > into.Length) return 0;
        if (char.IsDigit(lower[0])) { into[0] = '#'; return 1; }
        var n = 0;
        foreach (var c in lower) into[n++] = c == '’' ? '\'' : c;
        if (n > 2 && into[n - 2] == '\'' && into[n - 1] == 's') n -= 2;
        foreach (var suffix in Suffixes)
            if (n - suffix.Length >= 3 && into[..n].EndsWith(suffix) && !into[..n].EndsWith("ss"))
            {
                n -= suffix.Length;
                break;
            }
        return n;
    }
}
