namespace Encore.Text;

public static class WholeWords
{
    // True when the text contains the word (or phrase) with no letter or digit touching either end, ignoring case:
    // "Smash has been…" contains "Smash"; "smashed" does not.
    public static bool Contain(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            at = end;
        }
        return false;
    }
}
