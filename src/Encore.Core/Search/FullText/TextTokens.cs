using System.Globalization;
using System.Text;

namespace Encore.Search;

// Words as full-text search sees them, the same for indexing, queries and highlighting:
// - a word is a run of letters and digits (combining marks continue it), lower-cased with diacritics folded
//   ("Café" and "cafe" are one word; ß is ss, æ is ae, ø is o);
// - an apostrophe inside a word joins it ("don't" is "dont") and a final "'s" is dropped, so "Ivy's" finds "Ivy";
// - hyphens, slashes and all other punctuation separate words ("well-known" is two words, found as a phrase);
// - every Chinese, Japanese or Thai character is a word of its own (those scripts do not put spaces between
//   words), so a run of them is searched as a phrase of characters, which finds it wherever it occurs;
// - a word longer than MaxTermLength is cut there, in the text and in queries alike.
public static class TextTokens
{
    public const int MaxTermLength = 64;

    // Buffer a TokenReader needs: a folded character can expand (ß → ss, ﬃ → ffi).
    public const int BufferLength = MaxTermLength + 8;

    internal const byte Separator = 0, WordChar = 1, Mark = 2, Single = 3, Apostrophe = 4;
    internal static readonly byte[] Kinds = new byte[65536];
    // The folded form of a word character: one char, or (when FoldedLength > 1) a string in Expanded; a dropped mark is empty.
    internal static readonly char[] Folded = new char[65536];
    internal static readonly Dictionary<char, string> Expanded = [];

    static TextTokens()
    {
        var extra = new Dictionary<char, string>
        {
            ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['ł'] = "l", ['þ'] = "th",
            ['ı'] = "i", ['ς'] = "σ", ['ŀ'] = "l", ['ħ'] = "h",
        };
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            if (c is '\'' or '\u2019' or '\u02BC') { Kinds[i] = Apostrophe; continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                Kinds[i] = Mark;
                // Accents on Latin, Greek and Cyrillic letters fold away; marks of other scripts are part of the word.
                Folded[i] = c is >= '\u0300' and <= '\u036F' ? '\0' : c;
                continue;
            }
            if (!char.IsLetterOrDigit(c)) continue;
            Kinds[i] = IsCharacterWord(c) ? Single : WordChar;
            var lower = char.ToLowerInvariant(c);
            var fold = extra.TryGetValue(lower, out var e) ? e : FoldOf(lower);
            if (fold.Length == 1) Folded[i] = fold[0];
            else { Folded[i] = '\uFFFF'; Expanded[c] = fold; }
        }
    }

    // Compatibility decomposition without the accents: "é" → "e", "ﬁ" → "fi", fullwidth "Ａ" → "a". Hangul syllables
    // stay whole (decomposing them into jamo would make every Korean word longer for nothing).
    private static string FoldOf(char lower)
    {
        if (lower < 0x80 || lower is >= '\uAC00' and <= '\uD7A3') return lower.ToString();
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
            if (char.IsLetterOrDigit(d) || (char.GetUnicodeCategory(d) is UnicodeCategory.NonSpacingMark && d is not (>= '\u0300' and <= '\u036F')))
                kept.Append(char.ToLowerInvariant(d));
        return kept.Length == 0 ? lower.ToString() : kept.Length > 4 ? lower.ToString() : kept.ToString();
    }

    private static bool IsCharacterWord(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'   // CJK unified ideographs
            or >= '\u3400' and <= '\u4DBF' // extension A
            or >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u0E00' and <= '\u0E7F' // Thai
            or >= '\uF900' and <= '\uFAFF' // compatibility ideographs
            or >= '\uFF66' and <= '\uFF9F'; // half-width katakana

    // The folded words of a text, for callers that want strings (queries, tests); indexing uses TokenReader directly.
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        var reader = new TokenReader(text ?? "", stackalloc char[BufferLength]);
        while (reader.MoveNext()) words.Add(reader.Term.ToString());
        return words;
    }

    // The words with where each lies in the text (start, length), for highlighting.
    public static List<(string Term, int Start, int Length)> WordsAt(string? text)
    {
        var words = new List<(string, int, int)>();
        var reader = new TokenReader(text ?? "", stackalloc char[BufferLength]);
        while (reader.MoveNext()) words.Add((reader.Term.ToString(), reader.Start, reader.End - reader.Start));
        return words;
    }
}

// Walks the words of a text without allocating: Term is the folded word (valid until the next MoveNext), Start and
// End where it lies in the text.
public ref struct TokenReader(ReadOnlySpan<char> text, Span<char> buffer)
{
    private readonly ReadOnlySpan<char> _text = text;
    private readonly Span<char> _buffer = buffer;
    private int _at;
    private int _length;

    public int Start { get; private set; }
    public int End { get; private set; }
    public readonly ReadOnlySpan<char> Term => _buffer[.._length];

    public bool MoveNext()
    {
        var text = _text;
        var kinds = TextTokens.Kinds;
        while (_at < text.Length)
        {
            var c = text[_at];
            if (char.IsHighSurrogate(c) && _at + 1 < text.Length && char.IsLowSurrogate(text[_at + 1]))
            {
                var rune = new System.Text.Rune(c, text[_at + 1]);
                if (System.Text.Rune.IsLetterOrDigit(rune)) return ReadWord();
                _at += 2;
                continue;
            }
            switch (kinds[c])
            {
                case TextTokens.WordChar: return ReadWord();
                case TextTokens.Single: return ReadSingle();
                default: _at++; break;
            }
        }
        return false;
    }

    // One Chinese, Japanese or Thai character, with any marks after it (Thai vowels, Japanese voicing marks).
    private bool ReadSingle()
    {
        Start = _at;
        _length = 0;
        Append(_text[_at++]);
        while (_at < _text.Length && TextTokens.Kinds[_text[_at]] == TextTokens.Mark) Append(_text[_at++]);
        End = _at;
        return true;
    }

    private bool ReadWord()
    {
        var text = _text;
        var kinds = TextTokens.Kinds;
        Start = _at;
        _length = 0;
        while (_at < text.Length)
        {
            var c = text[_at];
            if (char.IsHighSurrogate(c))
            {
                if (_at + 1 >= text.Length || !char.IsLowSurrogate(text[_at + 1])) break;
                var rune = new System.Text.Rune(c, text[_at + 1]);
                if (!System.Text.Rune.IsLetterOrDigit(rune)) break;
                // Supplementary letters: "fancy font" letters (mathematical bold 𝐁) fold to plain ones; others (historic
                // scripts, rare ideographs) are kept as they are.
                foreach (var d in text.Slice(_at, 2).ToString().Normalize(System.Text.NormalizationForm.FormKD))
                    if (!char.IsSurrogate(d) && TextTokens.Kinds[d] is TextTokens.WordChar or TextTokens.Single) Append(d);
                    else if (char.IsSurrogate(d)) AppendRaw(d);
                _at += 2;
                continue;
            }
            var kind = kinds[c];
            if (kind == TextTokens.WordChar || kind == TextTokens.Mark)
            {
                Append(c);
                _at++;
                continue;
            }
            // An apostrophe joins only when a letter or digit follows it; a final "'s" ends the word and is dropped.
            if (kind == TextTokens.Apostrophe && _at + 1 < text.Length && kinds[text[_at + 1]] == TextTokens.WordChar)
            {
                var possessive = (text[_at + 1] is 's' or 'S') && (_at + 2 >= text.Length || kinds[text[_at + 2]] is not (TextTokens.WordChar or TextTokens.Mark));
                if (possessive) { _at += 2; break; }
                _at++;
                continue;
            }
            break;
        }
        End = _at;
        return true;
    }

    private void Append(char c)
    {
        var f = TextTokens.Folded[c];
        if (f == '\0' && TextTokens.Kinds[c] == TextTokens.Mark) return;
        if (f == '\uFFFF') { foreach (var e in TextTokens.Expanded[c]) AppendRaw(e); return; }
        AppendRaw(f);
    }

    private void AppendRaw(char c)
    {
        if (_length < TextTokens.MaxTermLength) _buffer[_length++] = c;
    }
}
