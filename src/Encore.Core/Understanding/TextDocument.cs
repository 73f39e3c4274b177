namespace Encore.Understanding;

// Plain text cut into sentences and word tokens, every piece with its character offset, so evidence can point at
// the exact place in the text.
public sealed class TextDocument
{
    public string Text { get; }
    public List<Sentence> Sentences { get; } = [];

    private static readonly HashSet<string> Abbreviations = ["mr", "mrs", "ms", "dr", "st", "prof", "mt", "jr", "sr", "vs", "inc", "lt", "col", "capt", "sgt"];

    public TextDocument(string text)
    {
        Text = text;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') end = i;
            else if (c is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…') j++;
                if ((j == text.Length || char.IsWhiteSpace(text[j])) && !IsAbbreviation(text, i)) end = j;
            }
            if (end >= 0)
            {
                Add(start, end);
                // Always move forward: at a blank line the sentence ends where the break begins.
                i = Math.Max(end, i + 1);
                start = i;
                continue;
            }
            i++;
        }
        Add(start, text.Length);
    }

    private void Add(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        if (end > start) Sentences.Add(new Sentence(this, Sentences.Count, start, end));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.') return false;
        var k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text.AsSpan(k + 1, dot - k - 1);
        return word.Length is > 0 and <= 4 && Abbreviations.Contains(word.ToString().ToLowerInvariant());
    }
}

public sealed class Sentence(TextDocument document, int index, int start, int end)
{
    private (int Start, int Length)[]? _tokens;
    private string? _lower;

    public TextDocument Document => document;
    public int Index { get; } = index;
    public int Start { get; } = start;
    public int End { get; } = end;
    public string Text => document.Text[Start..End];
    public ReadOnlySpan<char> Span => document.Text.AsSpan(Start, End - Start);
    // Lower-cased with straight apostrophes, as the rules read it; the same length as the text, so offsets carry over.
    public string Lower => _lower ??= string.Create(End - Start, this, static (chars, s) =>
    {
        s.Span.ToLowerInvariant(chars);
        chars.Replace('’', '\'');
    });

    public TokenList Tokens => new(this, _tokens ??= Tokenize());

    // Where each word starts and how long it is: plain numbers, which the garbage collector need not trace.
    private (int Start, int Length)[] Tokenize()
    {
        var text = document.Text;
        var count = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            var tokens = pass == 1 ? new (int, int)[count] : null;
            count = 0;
            var i = Start;
            while (i < End)
            {
                if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
                var s = i;
                while (i < End && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-') && i + 1 < End && char.IsLetter(text[i + 1]))) i++;
                if (tokens != null) tokens[count] = (s, i - s);
                count++;
            }
            if (tokens != null) return tokens;
        }
        return [];
    }
}

// A sentence's words, made as they are read.
public readonly struct TokenList(Sentence sentence, (int Start, int Length)[] tokens) : IReadOnlyList<Token>
{
    public int Count => tokens.Length;

    public Token this[int index] => new(sentence, tokens[index].Start, tokens[index].Length, index);

    public int FindIndex(Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (match(this[i])) return i;
        return -1;
    }

    public bool Any(Func<Token, bool> match) => FindIndex(match) >= 0;

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator()
    {
        for (var i = 0; i < tokens.Length; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<Token>)this).GetEnumerator();

    public struct Enumerator(TokenList list)
    {
        private int _index = -1;

        public readonly Token Current => list[_index];

        public bool MoveNext() => ++_index < list.Count;
    }
}

// A word of a sentence: where it is, and its text as written and lower-cased (straight apostrophes, as in
// Sentence.Lower). A struct over the document's text: a long work has a million words, most only ever looked at
// through spans; Text and Lower make a new string each time.
public readonly struct Token
{
    private readonly Sentence _sentence;

    internal Token(Sentence sentence, int start, int length, int index)
    {
        _sentence = sentence;
        Start = start;
        Length = length;
        Index = index;
    }

    public int Start { get; }
    public int Length { get; }
    public int Index { get; }
    public ReadOnlySpan<char> Span => _sentence.Document.Text.AsSpan(Start, Length);
    public ReadOnlySpan<char> LowerSpan => _sentence.Lower.AsSpan(Start - _sentence.Start, Length);
    public string Text => _sentence.Document.Text.Substring(Start, Length);
    public string Lower => new(LowerSpan);
    public bool Capitalized => char.IsUpper(_sentence.Document.Text[Start]);
}
