using Encore.Text;

namespace Encore.Search;

public sealed record GeneratedChapter(string? Title, string Body);
public sealed record GeneratedText(int WorkId, string? Summary, string? Notes, IReadOnlyList<GeneratedChapter> Chapters);

// A little plain text per work for the full-text tests: summaries, notes and a few short chapters drawn (Zipf-like)
// from a small vocabulary with the cases search must get right: capitals, accents, apostrophes and possessives,
// hyphens, ampersands and angle brackets (escaped in the stored HTML), Japanese. Not for the benchmark, whose text
// is long and English-like (bench/Encore.Bench).
public sealed partial class GeneratedArchive
{
    public List<GeneratedText> Texts { get; } = [];

    public static readonly string[] TextWords =
    [
        "the", "and", "of", "a", "to", "in", "was", "she", "he", "said", "Derek", "Ivy", "Karen", "Tom", "Julia", "Sam",
        "Ivy's", "Derek's", "don't", "Café", "cafe", "naïve", "well-known", "rain", "storm", "night", "light", "home",
        "after", "silver", "Smash", "Broadway", "stage", "stars", "star", "starlight", "stardust", "staring", "music",
        "musical", "rehearsal", "opening", "understudy", "Marilyn", "Bombshell", "hit", "list", "kiss", "heart", "dark",
        "darkness", "dance", "dancer", "song", "songs", "Tom & Jerry", "x<y", "東京", "舞台", "ÉCLAIR", "éclair", "O'Brien",
    ];

    public GeneratedArchive WithText(int seed)
    {
        var rng = new Random(seed);
        var pick = new Zipf(TextWords.Length, 0.8);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => TextWords[pick.Next(rng)]));
        string Paragraphs(int n)
        {
            var parts = new List<string>();
            while (n > 0)
            {
                var take = Math.Min(n, rng.Next(8, 30));
                parts.Add(Words(take) + ".");
                n -= take;
            }
            return string.Join("\n\n", parts);
        }
        Texts.Clear();
        foreach (var w in Works)
        {
            var chapters = Enumerable.Range(0, Math.Min(w.ChapterCount, rng.Next(1, 4)))
                .Select(_ => new GeneratedChapter(rng.NextDouble() < 0.3 ? Words(rng.Next(1, 4)) : null, Paragraphs(rng.Next(10, 80))))
                .ToList();
            Texts.Add(new GeneratedText(w.Id, rng.NextDouble() < 0.7 ? Words(rng.Next(3, 15)) : null,
                rng.NextDouble() < 0.3 ? Words(rng.Next(3, 12)) : null, chapters));
        }
        return this;
    }

    private static string? Html(string? plain) => string.IsNullOrWhiteSpace(plain) ? null : PlainText.ToHtml(plain);
}
