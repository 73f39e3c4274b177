using System.Text;

namespace Encore.Bench;

// Story text shaped like English for the full-text benchmark, made up rather than taken from real stories: a
// vocabulary of about 30,000 words whose frequencies follow Zipf's law (the 120 commonest are real English function
// words, the rest pronounceable made-up words, shorter the commoner), a cast of character names that recur within
// a work, possessives and contractions, sentences of 4–24 words with commas and some dialogue, paragraphs of 2–7
// sentences as <p> elements. Deterministic for a seed.
public sealed class EnglishLikeText
{
    private static readonly string[] Common =
    [
        "the", "and", "to", "of", "a", "he", "she", "was", "in", "it", "that", "his", "her", "you", "i", "with", "had", "for",
        "on", "at", "as", "but", "they", "not", "be", "him", "said", "from", "is", "all", "have", "there", "were", "this", "so",
        "what", "by", "one", "out", "up", "when", "an", "been", "me", "my", "we", "would", "if", "no", "could", "into", "them",
        "back", "like", "then", "do", "about", "or", "just", "know", "did", "your", "can", "down", "over", "their", "more", "now",
        "only", "time", "some", "eyes", "way", "hand", "still", "before", "even", "away", "head", "going", "again", "something",
        "looked", "too", "where", "through", "other", "think", "felt", "around", "never", "face", "room", "thought", "after",
        "want", "which", "door", "night", "who", "here", "two", "how", "because", "long", "first", "well", "made", "little",
        "right", "voice", "nothing", "while", "against", "turned", "light",
    ];
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "y", "z",
        "br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sl", "st", "sp", "sh", "ch", "th", "wh", "", ""];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ea", "ai", "ou", "oo", "ie", "a", "e", "i", "o"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "d", "m", "ng", "st", "nd", "ck", "sh", "th", "rt"];
    private static readonly string[] Endings = ["", "", "", "", "s", "ed", "ing", "ly", "er", "ness"];

    private readonly double[] _cumulative;
    public string[] Vocabulary { get; }
    public string[] Names { get; }

    public EnglishLikeText(int vocabulary = 30_000, int names = 400, int seed = 1)
    {
        var rng = new Random(seed);
        var words = new List<string>(Common);
        var seen = new HashSet<string>(Common);
        while (words.Count < vocabulary)
        {
            // Commoner words are shorter: one syllable near the top of the list, up to four at the bottom.
            var syllables = 1 + (int)(3.0 * words.Count / vocabulary * rng.NextDouble() + rng.NextDouble() * 1.2);
            var w = new StringBuilder();
            for (var s = 0; s < syllables; s++) w.Append(Pick(rng, Onsets)).Append(Pick(rng, Vowels)).Append(Pick(rng, Codas));
            w.Append(Pick(rng, Endings));
            if (w.Length >= 2 && seen.Add(w.ToString())) words.Add(w.ToString());
        }
        Vocabulary = [.. words];
        var cast = new HashSet<string>();
        while (cast.Count < names)
        {
            var n = Pick(rng, Onsets).ToUpperInvariant() + Pick(rng, Vowels) + Pick(rng, Codas) + (rng.Next(2) == 0 ? Pick(rng, Vowels) + Pick(rng, ["n", "l", "r", "y", "s"]) : "");
            if (n.Length >= 3 && char.IsLetter(n[0]) && !seen.Contains(n.ToLowerInvariant())) cast.Add(char.ToUpperInvariant(n[0]) + n[1..]);
        }
        Names = [.. cast];
        _cumulative = new double[Vocabulary.Length];
        double sum = 0;
        for (var k = 0; k < Vocabulary.Length; k++) _cumulative[k] = sum += 1.0 / (k + 2.7);   // Zipf–Mandelbrot, s = 1
    }

    private static string Pick(Random rng, string[] from) => from[rng.Next(from.Length)];

    public int Rank(Random rng)
    {
        var i = Array.BinarySearch(_cumulative, rng.NextDouble() * _cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }

    public string Word(Random rng) => Vocabulary[Rank(rng)];

    // About `words` words of story as HTML paragraphs; a work's cast is a few names that come back again and again.
    // Every so often a run of 2–3 consecutive words is handed to `sample` (phrase queries that occur in the text).
    public string Html(Random rng, int words, string[] cast, Action<string>? sample = null)
    {
        var html = new StringBuilder(words * 7);
        var written = 0;
        while (written < words)
        {
            html.Append("<p>");
            for (var s = rng.Next(2, 8); s > 0 && written < words; s--)
            {
                var length = rng.Next(4, 25);
                var dialogue = rng.NextDouble() < 0.2;
                if (dialogue) html.Append('“');
                var sentence = new List<string>(length);
                for (var i = 0; i < length; i++)
                {
                    var word = rng.NextDouble() < 0.03 ? cast[rng.Next(cast.Length)] + (rng.NextDouble() < 0.2 ? "’s" : "") : Word(rng);
                    sentence.Add(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                }
                for (var i = 0; i < length; i++)
                {
                    if (i > 0) html.Append(rng.NextDouble() < 0.08 ? ", " : " ");
                    html.Append(sentence[i]);
                }
                html.Append(dialogue ? ",” " + Pick(rng, cast) + " said. " : ". ");
                if (sample != null && rng.NextDouble() < 0.002 && length >= 4)
                {
                    var at = rng.Next(length - 3);
                    sample(string.Join(' ', sentence.Skip(at).Take(rng.Next(2, 4))));
                }
                written += length + (dialogue ? 2 : 0);
            }
            html.Append("</p>\n");
        }
        return html.ToString();
    }
}
