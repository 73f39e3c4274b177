using System.Text;

namespace Encore.Bench;

// Raw posts shaped like the ones Encore takes in: LiveJournal entries, FanFiction.net-style posts with notes and
// chapters, and generic HTML, with story lengths drawn from a log-normal distribution (median about 900 words).
public static class GeneratedPosts
{
    private static readonly string[] Words =
    [
        "the", "stage", "light", "she", "whispered", "rehearsal", "didn't", "he", "song", "quietly", "and", "a", "was",
        "dressing", "room", "Karen", "Ivy", "Derek", "Tom", "Julia", "curtain", "mirror", "coffee", "laughed", "again",
        "never", "music", "across", "bright", "tired", "opening", "night", "of", "to", "in", "her", "his", "that",
    ];

    public static (string Name, byte[] Bytes) Make(int index, Random random)
    {
        var words = (int)Math.Clamp(Math.Exp(6.8 + 0.8 * Gaussian(random)), 50, 40_000);
        return (index % 3) switch
        {
            0 => ($"post{index:00000}.txt", Encoding.UTF8.GetBytes(LiveJournal(index, words, random))),
            1 => ($"post{index:00000}.txt", Encoding.UTF8.GetBytes(FanFictionNet(index, words, random))),
            _ => ($"post{index:00000}.html", Encoding.UTF8.GetBytes(Html(index, words, random))),
        };
    }

    private static string LiveJournal(int i, int words, Random r) =>
        $"21 June 2018 @ 06:23 pm\nSMASH: story {i}\nStory {i}\nDerek/Karen (Derek/Ivy implied)\nTakes place in Season 1.\n\n"
        + string.Join("\n\n", Paragraphs(words, r)) + "\n\nCurrent Mood: happyhappy\n";

    private static string FanFictionNet(int i, int words, Random r)
    {
        var text = new StringBuilder($"Title: Story {i}\nAuthor: writer{i % 97}\nFandom: Smash\nRating: T\nPairing: Tom/Sam\n\nA/N: Thanks for reading! This fic is for friend{i % 13}.\n\n");
        var paragraphs = Paragraphs(words, r);
        var chapters = Math.Max(1, paragraphs.Count / 40);
        for (var c = 0; c < chapters; c++)
        {
            text.Append($"Chapter {c + 1}: Part {c + 1}\n\n");
            foreach (var p in paragraphs.Skip(c * 40).Take(c == chapters - 1 ? int.MaxValue : 40)) text.Append(p).Append("\n\n");
        }
        return text.Append("- Title from a song.\n").ToString();
    }

    private static string Html(int i, int words, Random r) =>
        $"<html><body><p>Title: Story {i}</p><p>Fandom: Smash</p><p>Summary: A generated story.</p>"
        + string.Concat(Paragraphs(words, r).Select(p => $"<p>{p.Replace("again", "<em>again</em>")}</p>")) + "</body></html>";

    private static List<string> Paragraphs(int words, Random r)
    {
        var paragraphs = new List<string>();
        while (words > 0)
        {
            var n = Math.Min(words, r.Next(20, 90));
            var p = new StringBuilder();
            for (var w = 0; w < n; w++) p.Append(w == 0 ? "" : " ").Append(Words[r.Next(Words.Length)]);
            paragraphs.Add(p.Append('.').ToString());
            words -= n;
        }
        return paragraphs;
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
