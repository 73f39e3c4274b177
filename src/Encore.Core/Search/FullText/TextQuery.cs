namespace Encore.Search;

// One searched word, phrase (Words.Count > 1: consecutive words in one field) or prefix (word*), in one field or any.
public sealed record TextTerm(TextField? Field, IReadOnlyList<string> Words, bool Prefix)
{
    public bool IsPhrase => Words.Count > 1;
    public string Key => $"{(Field is { } f ? f + ":" : "")}{string.Join(' ', Words)}{(Prefix ? "*" : "")}";
    public override string ToString() => Key;
}

// Works must match one of the alternatives ("derek OR ivy").
public sealed record TextClause(IReadOnlyList<TextTerm> Alternatives);

// A reader's full-text query: every required clause must match, no excluded term may. The parser never throws: what
// it cannot use it ignores and says so in Ignored (for the page to show).
//   words           all must appear (in any field)
//   "a phrase"      consecutive words; an unclosed quote runs to the end
//   -word -"phrase" must not appear
//   word*           any word starting so (the most common MaxExpansions of them)
//   title:word, creator:"a name", tag:, summary:, notes:, body:   in that field only (also with phrases and *)
//   a OR b          either
public sealed class TextQuery
{
    public const int MaxLength = 1000, MaxClauses = 32, MaxExcluded = 32, MaxAlternatives = 8, MaxPhraseWords = 16;

    public required IReadOnlyList<TextClause> Required { get; init; }
    public required IReadOnlyList<TextTerm> Excluded { get; init; }
    public required IReadOnlyList<string> Ignored { get; init; }
    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;

    public static readonly IReadOnlyDictionary<string, TextField> FieldNames = new Dictionary<string, TextField>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = TextField.Title, ["creator"] = TextField.Creator, ["author"] = TextField.Creator, ["tag"] = TextField.Tag,
        ["tags"] = TextField.Tag, ["summary"] = TextField.Summary, ["notes"] = TextField.Notes, ["note"] = TextField.Notes,
        ["body"] = TextField.Body, ["text"] = TextField.Body,
    };

    public static TextQuery Parse(string? input)
    {
        var text = input ?? "";
        var ignored = new List<string>();
        void Ignore(string note) { if (ignored.Count < 8 && !ignored.Contains(note)) ignored.Add(note); }
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            Ignore($"Only the first {MaxLength:N0} characters were searched.");
        }
        var required = new List<List<TextTerm>>();
        var excluded = new List<TextTerm>();
        var keys = new HashSet<string>();
        var or = false;
        var lastRequired = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var negate = false;
            while (i < text.Length && text[i] == '-') { negate = true; i++; }
            if (i >= text.Length || char.IsWhiteSpace(text[i]))
            {
                Ignore("A “-” needs a word or phrase right after it.");
                continue;
            }
            TextField? field = null;
            var colon = i;
            while (colon < text.Length && char.IsAsciiLetter(text[colon])) colon++;
            if (colon < text.Length && text[colon] == ':' && FieldNames.TryGetValue(text[i..colon], out var named))
            {
                if (colon + 1 >= text.Length || char.IsWhiteSpace(text[colon + 1]))
                {
                    Ignore($"“{text[i..(colon + 1)]}” needs a word or phrase right after it.");
                    i = colon + 1;
                    continue;
                }
                field = named;
                i = colon + 1;
            }
            string raw;
            var prefix = false;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                raw = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                if (close < 0) Ignore("A quote had no closing quote; the phrase runs to the end.");
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
                raw = text[i..end];
                i = end;
                if (raw == "OR" && !negate && field == null)
                {
                    if (lastRequired) or = true;
                    else Ignore("“OR” needs a word or phrase on each side.");
                    continue;
                }
                prefix = raw.EndsWith('*');
                raw = raw.TrimEnd('*');
            }
            var words = TextTokens.Words(raw);
            if (words.Count == 0)
            {
                Ignore($"“{Shorten(raw)}” has no letters or digits to search for.");
                or = lastRequired = false;
                continue;
            }
            if (prefix && words.Count > 1)
            {
                Ignore($"* works at the end of a single word; “{Shorten(raw)}*” was searched as a phrase.");
                prefix = false;
            }
            if (words.Count > MaxPhraseWords)
            {
                words = words.Take(MaxPhraseWords).ToList();
                Ignore($"Phrases are searched up to their first {MaxPhraseWords} words.");
            }
            var term = new TextTerm(field, words, prefix);
            if (negate)
            {
                if (excluded.Count >= MaxExcluded) Ignore($"Only the first {MaxExcluded} exclusions were used.");
                else if (keys.Add("-" + term.Key)) excluded.Add(term);
                or = lastRequired = false;
                continue;
            }
            if (or && required.Count > 0)
            {
                if (required[^1].Count >= MaxAlternatives) Ignore($"At most {MaxAlternatives} alternatives are joined by OR.");
                else if (!required[^1].Any(t => t.Key == term.Key)) required[^1].Add(term);
            }
            else if (required.Count >= MaxClauses) Ignore($"Only the first {MaxClauses} words and phrases were searched.");
            else if (keys.Add(term.Key)) required.Add([term]);
            or = false;
            lastRequired = true;
        }
        if (or) Ignore("“OR” needs a word or phrase on each side.");
        return new TextQuery
        {
            Required = required.Select(c => new TextClause(c)).ToList(),
            Excluded = excluded,
            Ignored = ignored,
        };
    }

    private static string Shorten(string s) => s.Length <= 30 ? s : s[..30] + "…";
}
