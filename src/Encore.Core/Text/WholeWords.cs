namespace Encore.Text;

public static class WholeWords
{
    // True when the text contains the word (or phrase) with no letter or digit touching either end, ignoring case:
    // "Smash has been…" contains "Smash"; "smashed" does not.
    public static bool Contain(string text, string word) => Contain(text.AsSpan(), word);

    public static bool Contain(ReadOnlySpan<char> text, string word)
    {
        var at = 0;
        while (at <= text.Length)
        {
            var found = text[at..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            var start = at + found;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            at = end;
        }
        return false;
    }
}
