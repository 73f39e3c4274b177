using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Encore.Export;
using Encore.Tags;
using Encore.Text;

namespace Encore.Bench;

// `epub [--runs N]`: a generated 150,000-word, 40-chapter work written as an EPUB by Encore, N times (median), and
// the same chapters as one HTML file converted to EPUB 3 by pandoc in the same run. The prose is generated here
// (a seeded mix of sentences with dialogue, emphasis and scene breaks), stored as the archive stores it: sanitized.
public static class EpubBenchmark
{
    public static async Task<int> RunAsync(int runs)
    {
        var book = Generate(words: 150_000, chapters: 40);
        var html = PandocInput(book);
        Console.WriteLine($"work: {book.Words:N0} words, {book.Chapters.Count} chapters, {html.Length / 1024.0:N0} KB of HTML");

        for (var i = 0; i < 3; i++) EpubWriter.Write(book); // warm-up: JIT, regexes
        var times = new List<double>();
        var bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = EpubWriter.Write(book).Length;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var p50 = times[times.Count / 2];
        Console.WriteLine($"Encore: {runs} exports, median {p50:N1} ms (min {times[0]:N1}, max {times[^1]:N1}), {bytes:N0} bytes");

        var folder = Directory.CreateTempSubdirectory("encore-bench-epub-");
        try
        {
            var input = Path.Combine(folder.FullName, "work.html");
            await File.WriteAllTextAsync(input, html);
            var pandoc = await PandocAsync(input, Path.Combine(folder.FullName, "pandoc.epub"));
            var pandocBytes = new FileInfo(Path.Combine(folder.FullName, "pandoc.epub")).Length;
            Console.WriteLine($"pandoc: {pandoc:N0} ms, {pandocBytes:N0} bytes");
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                encore_ms = Math.Round(p50, 1), pandoc_ms = Math.Round(pandoc, 0), ratio = Math.Round(pandoc / p50, 1), bytes,
                pandoc_bytes = pandocBytes, words = book.Words, chapters = book.Chapters.Count, runs,
            }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return 0;
    }

    // pandoc's wall time from start to exit, as a server calling it per download would see it.
    private static async Task<double> PandocAsync(string input, string output)
    {
        var info = new ProcessStartInfo("pandoc", ["--from", "html", "--to", "epub3", "--metadata", "title=Bench", "-o", output, input])
        {
            RedirectStandardError = true, UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("pandoc is not installed (apt-get install pandoc)");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("pandoc failed: " + errors);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string PandocInput(Book book)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bench</title></head><body>\n");
        foreach (var chapter in book.Chapters) html.Append("<h1>").Append(chapter.Heading).Append("</h1>\n").Append(chapter.Content).Append('\n');
        return html.Append("</body></html>\n").ToString();
    }

    private static readonly string[] Names = ["Ivy", "Karen", "Julia", "Tom", "Derek", "Eileen", "Jimmy", "Kyle"];
    private static readonly string[] Verbs = ["watched", "followed", "answered", "counted", "remembered", "crossed", "held", "rehearsed"];
    private static readonly string[] Things = ["the stage", "the empty house", "the second act", "a paper cup", "the score", "the wings", "the ghost light", "her own reflection"];
    private static readonly string[] Tails = ["until the lights came up", "without a word", "as if it mattered", "for the eighth time", "and laughed", "before anyone noticed"];

    internal static Book Generate(int words, int chapters)
    {
        var random = new Random(7);
        var list = new List<BookChapter>();
        var total = 0;
        for (var c = 1; c <= chapters; c++)
        {
            var text = new StringBuilder();
            var chapterWords = 0;
            while (chapterWords < words / chapters)
            {
                var sentences = random.Next(2, 7);
                text.Append("<p>");
                for (var s = 0; s < sentences; s++)
                {
                    var sentence = random.Next(5) == 0
                        ? $"\"{Pick(random, Things)}, {Pick(random, Names)}?\" {Pick(random, Names)} asked, <em>{Pick(random, Tails)}</em>. "
                        : $"{Pick(random, Names)} {Pick(random, Verbs)} {Pick(random, Things)} {Pick(random, Tails)}. ";
                    text.Append(sentence);
                    chapterWords += sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                }
                text.Append("</p>\n");
                if (random.Next(40) == 0) text.Append("<hr />\n");
            }
            var (content, counted) = CreatorHtml.SanitizeAndCount(text.ToString());
            total += counted;
            list.Add(new BookChapter(c, $"Chapter {c}: Part {c}", null, c % 5 == 0 ? "<p>A note before the chapter.</p>" : null, null, content));
        }
        var site = "https://archive.example/";
        return new Book(1, "urn:uuid:00000000-0000-5000-8000-000000000001", "The Long Run", "en",
            [new BookLink("Bench Writer", site + "users/bench")], [],
            [new BookTagGroup(TagType.Fandom, "Fandom", [new BookLink("Smash (TV 2012)", site + "tags/Smash/works")])], [],
            "<p>A generated work for timing.</p>", null, null, DateTime.UtcNow.Date, DateTime.UtcNow.Date, true, total,
            $"{chapters}/{chapters}", list, site + "works/1", site + "works/1#comments", site);
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
