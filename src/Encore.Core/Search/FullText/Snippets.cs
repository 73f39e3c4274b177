using Encore.Data;

namespace Encore.Search;

public readonly record struct TextSpan(int Start, int Length);

// A short excerpt of a work's story text with the searched words in it marked. Leading/Trailing say the excerpt
// starts or ends inside the text (for the page to show "…"). The text is plain: a page writes each piece encoded
// and wraps the marked ones in <mark>.
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Marks, bool Leading, bool Trailing)
{
    public IEnumerable<(string Text, bool Marked)> Pieces()
    {
        var at = 0;
        foreach (var m in Marks)
        {
            if (m.Start > at) yield return (Text[at..m.Start], false);
            yield return (Text.Substring(m.Start, m.Length), true);
            at = m.Start + m.Length;
        }
        if (at < Text.Length) yield return (Text[at..], false);
    }
}

// Excerpts around the best cluster of a query's words in the story text: the window of about Words words holding
// the most different query terms (then the most matches), and a second window when it shows terms the first lacks.
// Reading stops shortly after the first window that holds every term, so a snippet for a long work whose words
// turn up early costs little; otherwise the whole story is read.
// Words a query only looks for in other fields (title:x) or excludes are not marked. A work whose story holds none of
// the words (it matched on its title or tags) gets its opening lines, unmarked.
public static class Snippets
{
    public const int Words = 30;

    public static async Task<Dictionary<int, IReadOnlyList<Snippet>>> ForWorksAsync(EncoreDb db, IReadOnlyCollection<int> workIds, TextQuery query,
        CancellationToken ct = default)
    {
        var bodies = await WorkTextReader.ReadBodiesAsync(db, workIds, ct);
        var highlighter = new Highlighter(query);
        return bodies.ToDictionary(b => b.Key, b => Make(b.Value, highlighter));
    }

    public static IReadOnlyList<Snippet> Make(IReadOnlyList<string> body, TextQuery query, int words = Words, int max = 2) =>
        Make(body, new Highlighter(query), words, max);

    private static IReadOnlyList<Snippet> Make(IReadOnlyList<string> body, Highlighter highlighter, int words = Words, int max = 2)
    {
        var values = new List<(string Text, List<int> Starts, List<int> Ends)>();
        var candidates = new List<Window>();
        foreach (var text in body)
        {
            var (starts, ends) = (new List<int>(), new List<int>());
            var matches = highlighter.Find(text, starts, ends, words, out var complete);
            if (starts.Count == 0) continue;
            candidates.AddRange(Windows(values.Count, matches, words));
            values.Add((text, starts, ends));
            if (complete) break;
        }
        if (values.Count == 0) return [];
        if (candidates.Count == 0)
        {
            // The opening of the story: the first value long enough to fill an excerpt (not a chapter's title).
            var opening = values.FindIndex(v => v.Starts.Count >= words) is var i and >= 0 ? values[i] : values[0];
            return [Cut(opening, 0, words, [], words)];
        }
        var best = candidates.OrderByDescending(w => w.Keys.Count).ThenByDescending(w => w.Matches.Count).ThenBy(w => w.Value).ThenBy(w => w.From).First();
        var chosen = new List<Window> { best };
        if (max > 1)
        {
            var more = candidates.Where(w => (w.Value != best.Value || w.To <= best.From || w.From >= best.To) && w.Keys.Except(best.Keys).Any())
                .OrderByDescending(w => w.Keys.Except(best.Keys).Count()).ThenByDescending(w => w.Matches.Count).ThenBy(w => w.Value).ThenBy(w => w.From)
                .FirstOrDefault();
            if (more != null) chosen.Add(more);
        }
        return chosen.OrderBy(w => w.Value).ThenBy(w => w.From).Select(w => Cut(values[w.Value], w.From, w.To, w.Matches, words)).ToList();
    }

    private sealed record Window(int Value, int From, int To, List<Match> Matches, HashSet<int> Keys);

    internal readonly record struct Match(int First, int Last, int Key);

    // For each match, the window starting at it: every match that ends within `words` tokens, the window then
    // centred on them.
    private static IEnumerable<Window> Windows(int value, List<Match> matches, int words)
    {
        return Build().ToList();
        IEnumerable<Window> Build()
        {
            if (matches.Count == 0) yield break;
            for (var a = 0; a < matches.Count; a++)
            {
                if (a > 0 && matches[a - 1].First == matches[a].First) continue;
                var inside = new List<Match>();
                for (var b = a; b < matches.Count && matches[b].Last < matches[a].First + words; b++) inside.Add(matches[b]);
                var span = inside.Max(m => m.Last) - matches[a].First + 1;
                var from = Math.Max(0, matches[a].First - (words - span) / 2);
                yield return new Window(value, from, from + words, inside, inside.Select(m => m.Key).ToHashSet());
            }
        }
    }

    private static Snippet Cut((string Text, List<int> Starts, List<int> Ends) value, int from, int to, List<Match> matches, int words)
    {
        var (text, starts, ends) = value;
        // A window running past the end of the text is moved back to keep its length.
        to = Math.Min(to, starts.Count);
        if (to - from < words && from > 0) from = Math.Max(0, to - words);
        var start = from == 0 ? 0 : starts[from];
        var end = ends[to - 1];
        // Keep closing punctuation that belongs to the last word ("end." rather than "end").
        while (end < text.Length && end - start < 400 && !char.IsWhiteSpace(text[end]) && !char.IsLetterOrDigit(text[end])) end++;
        var marks = matches.Where(m => m.First >= from && m.Last < to)
            .Select(m => new TextSpan(starts[m.First] - start, ends[m.Last] - starts[m.First]))
            .OrderBy(m => m.Start).ToList();
        var merged = new List<TextSpan>();
        foreach (var m in marks)
        {
            if (merged.Count > 0 && m.Start < merged[^1].Start + merged[^1].Length)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].Length, m.Start + m.Length - merged[^1].Start));
            else merged.Add(m);
        }
        // Line breaks become spaces one for one, so the marks' offsets stay right.
        var excerpt = string.Create(end - start, (text, start), (span, s) =>
        {
            s.text.AsSpan(s.start, span.Length).CopyTo(span);
            for (var i = 0; i < span.Length; i++) if (char.IsControl(span[i])) span[i] = ' ';
        });
        return new Snippet(excerpt, merged, from > 0, to < starts.Count);
    }
}
