using System.Buffers;
using System.Text.RegularExpressions;

namespace Encore.Understanding;

// The texts one of which every match of a pattern contains, read from the pattern itself: "\b(his|her) funeral\b"
// needs " funeral", "\b(died|dies|passed away)\b" one of its three words. A sentence with none of them cannot match,
// so the pattern need not run (RuleTable). Null when the pattern promises nothing useful, or uses syntax this reader
// does not know (then the pattern always runs: never a wrong skip).
internal static class RequiredText
{
    private const int MaxSet = 48;

    // As Of(string) below, for a Regex: this reader reads the pattern as written, case and spaces and all, so a pattern
    // with options that change what it matches promises nothing.
    public static string[]? Of(Regex pattern) =>
        (pattern.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) == 0
            ? Of(pattern.ToString()) : null;

    // Those texts ready for one quick search of a sentence (null: none known).
    public static SearchValues<string>? Searched(Regex pattern) =>
        Of(pattern) is { } texts ? SearchValues.Create(texts, StringComparison.Ordinal) : null;

    public static string[]? Of(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
            var node = reader.Alternation();
            if (!reader.AtEnd) return null;
            var best = Best(node.Required, node.Exact?.Contains("") == false ? node.Exact.ToArray() : null);
            return best != null && best.Min(s => s.Length) >= 2 ? best : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // What a piece of pattern can match: Exact, every string it can match (null: too many); Required, texts one of
    // which every match contains (null: none known).
    private sealed record Piece(HashSet<string>? Exact, string[]? Required);

    private static readonly Piece Empty = new([""], null), Anything = new(null, null);

    // Longer texts are rarer; among texts as long, fewer are quicker to look for.
    private static int Score(string[]? set) => set == null || set.Length == 0 ? -1 : set.Min(s => s.Length) * 1000 - set.Length;

    private static string[]? Best(string[]? a, string[]? b) => Score(a) >= Score(b) ? (Score(a) < 0 ? null : a) : b;

    private static string[]? Usable(Piece p) => Best(p.Required, p.Exact?.Contains("") == false ? p.Exact.ToArray() : null);

    private static HashSet<string>? Product(HashSet<string>? a, HashSet<string>? b)
    {
        if (a == null || b == null || (long)a.Count * b.Count > MaxSet) return null;
        return a.SelectMany(x => b.Select(y => x + y)).ToHashSet(StringComparer.Ordinal);
    }

    private static Piece Sequence(List<Piece> pieces)
    {
        // Letters in a row are one text ("funeral"), which keeps the runs below few.
        var items = new List<Piece>();
        foreach (var p in pieces)
        {
            if (p.Exact is { Count: 1 } one && items.Count > 0 && items[^1].Exact is { Count: 1 } last && items[^1].Required == null && p.Required == null)
                items[^1] = new Piece([last.First() + one.First()], null);
            else items.Add(p);
        }
        HashSet<string>? exact = [""];
        foreach (var item in items) exact = Product(exact, item.Exact);
        string[]? best = null;
        foreach (var item in items) best = Best(best, item.Required);
        // Runs of pieces with few exact strings make longer texts: "\b(his|her) funeral" gives "his funeral", "her funeral".
        for (var i = 0; i < items.Count; i++)
        {
            HashSet<string>? run = [""];
            for (var j = i; j < items.Count; j++)
            {
                var longer = Product(run, items[j].Exact);
                if (longer == null) break;
                run = longer;
                if (!run.Contains("")) best = Best(best, run.ToArray());
            }
        }
        return new Piece(exact, best);
    }

    private static Piece Alternatives(List<Piece> branches)
    {
        if (branches.Count == 1) return branches[0];
        HashSet<string>? exact = [];
        foreach (var b in branches) exact = exact == null || b.Exact == null || exact.Count + b.Exact.Count > MaxSet ? null : [.. exact, .. b.Exact];
        var required = new List<string>();
        foreach (var b in branches)
        {
            if (Usable(b) is not { } texts) { required = null; break; }
            required.AddRange(texts);
        }
        return new Piece(exact, required?.Distinct().ToArray());
    }

    private static Piece Repeat(Piece p, int min, int max)
    {
        if (min == 1 && max == 1) return p;
        var exact = max == 1 && p.Exact != null ? new HashSet<string>(p.Exact) { "" } : null;
        return new Piece(exact, min >= 1 ? Usable(p) : null);
    }

    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        private char Peek => _at < pattern.Length ? pattern[_at] : '\0';

        public Piece Alternation()
        {
            var branches = new List<Piece> { Sequence() };
            while (Peek == '|') { _at++; branches.Add(Sequence()); }
            return Alternatives(branches);
        }

        private Piece Sequence()
        {
            var items = new List<Piece>();
            while (!AtEnd && Peek is not ('|' or ')')) items.Add(Quantified(Atom()));
            return RequiredText.Sequence(items);
        }

        private Piece Quantified(Piece atom)
        {
            int min, max;
            if (Peek == '?') { _at++; (min, max) = (0, 1); }
            else if (Peek == '*') { _at++; (min, max) = (0, int.MaxValue); }
            else if (Peek == '+') { _at++; (min, max) = (1, int.MaxValue); }
            else if (Peek == '{' && Braces(out min, out max)) { }
            else return atom;
            if (Peek == '?') _at++; // lazy
            if (Peek is '?' or '*' or '+' or '{') throw new NotSupportedException();
            return Repeat(atom, min, max);
        }

        // "{n}", "{n,}", "{n,m}"; anything else after "{" is a literal brace.
        private bool Braces(out int min, out int max)
        {
            min = max = 0;
            var close = pattern.IndexOf('}', _at);
            if (close < 0) return false;
            var parts = pattern[(_at + 1)..close].Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], out min)) return false;
            if (parts.Length == 1) max = min;
            else if (parts[1].Length == 0) max = int.MaxValue;
            else if (!int.TryParse(parts[1], out max)) return false;
            _at = close + 1;
            return true;
        }

        private Piece Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    var zeroWidth = false;
                    if (Peek == '?')
                    {
                        var rest = pattern.AsSpan(_at);
                        if (rest.StartsWith("?:")) _at += 2;
                        else if (rest.StartsWith("?!") || rest.StartsWith("?=")) { _at += 2; zeroWidth = true; }
                        else if (rest.StartsWith("?<!") || rest.StartsWith("?<=")) { _at += 3; zeroWidth = true; }
                        else if (rest.StartsWith("?<") && rest.IndexOf('>') > 2 && IsName(rest[2..rest.IndexOf('>')])) _at += rest.IndexOf('>') + 1;
                        else throw new NotSupportedException();
                    }
                    var inner = Alternation();
                    if (Peek != ')') throw new NotSupportedException();
                    _at++;
                    return zeroWidth ? Empty : inner;
                case '[': return Class();
                case '.': return Anything;
                case '^' or '$': return Empty;
                case '\\': return Escape();
                case ')' or '|' or '?' or '*' or '+': throw new NotSupportedException();
                default: return new Piece([c.ToString()], null);
            }
        }

        private static bool IsName(ReadOnlySpan<char> name)
        {
            foreach (var ch in name) if (!char.IsLetterOrDigit(ch) && ch != '_') return false;
            return name.Length > 0;
        }

        private Piece Escape()
        {
            if (AtEnd) throw new NotSupportedException();
            var c = pattern[_at++];
            return c switch
            {
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Empty,
                'd' => new Piece("0123456789".Select(d => d.ToString()).ToHashSet(), null),
                'w' or 'W' or 's' or 'S' or 'D' or 'p' or 'P' => Property(c),
                'n' => new Piece(["\n"], null),
                't' => new Piece(["\t"], null),
                _ when char.IsLetterOrDigit(c) => throw new NotSupportedException(),
                _ => new Piece([c.ToString()], null),
            };
        }

        private Piece Property(char c)
        {
            if (c is 'p' or 'P')
            {
                if (Peek != '{' || pattern.IndexOf('}', _at) is var close && close < 0) throw new NotSupportedException();
                _at = pattern.IndexOf('}', _at) + 1;
            }
            return Anything;
        }

        // A set of characters: exact when small and plain ("[- ]", "[ée]", "[0-7]"), otherwise anything.
        private Piece Class()
        {
            var chars = new HashSet<string>(StringComparer.Ordinal);
            var plain = Peek != '^';
            if (!plain) _at++;
            var first = true;
            while (!AtEnd && (Peek != ']' || first))
            {
                first = false;
                var c = pattern[_at++];
                if (c == '[') throw new NotSupportedException(); // subtraction and the like
                if (c == '\\')
                {
                    if (AtEnd) throw new NotSupportedException();
                    var e = pattern[_at++];
                    if (char.IsLetterOrDigit(e)) { plain = false; if (e is 'p' or 'P') Property(e); continue; }
                    c = e;
                }
                if (Peek == '-' && _at + 1 < pattern.Length && pattern[_at + 1] != ']')
                {
                    _at++;
                    var to = pattern[_at++];
                    if (to == '\\' || to < c) throw new NotSupportedException();
                    for (var ch = c; ch <= to; ch++) chars.Add(ch.ToString());
                    continue;
                }
                chars.Add(c.ToString());
            }
            if (AtEnd) throw new NotSupportedException();
            _at++;
            return plain && chars.Count <= MaxSet ? new Piece(chars, null) : Anything;
        }
    }
}
