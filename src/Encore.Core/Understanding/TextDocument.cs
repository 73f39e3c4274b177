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
    private List<Token>? _tokens;
    private string? _lower;

    public TextDocument Document => document;
    public int Index { get; } = index;
    public int Start { get; } = start;
    public int End { get; } = end;
    public string Text => document.Text[Start..End];
    public ReadOnlySpan<char> Span => document.Text.AsSpan(Start, End - Start);
    public string Lower => _lower ??= Text.ToLowerInvariant().Replace('’', '\'');
    public List<Token> Tokens => _tokens ??= Tokenize();

    private List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        var text = document.Text;
        var i = Start;
        while (i < End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            while (i < End && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-') && i + 1 < End && char.IsLetter(text[i + 1]))) i++;
            tokens.Add(new Token(text[s..i], s, tokens.Count));
        }
        return tokens;
    }
}

public sealed record Token(string Text, int Start, int Index)
{
    public bool Capitalized => char.IsUpper(Text[0]);
    public string Lower { get; } = Text.ToLowerInvariant().Replace('’', '\'');
}
