using System.Text;
using BenchmarkDotNet.Attributes;
using Encore.Text;

namespace Encore.Bench;

// Every posted or imported chapter passes through the sanitizer and the word counter once; a long chapter
// (AO3 allows 510,000 characters) must not make posting slow.
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _chapterHtml = "";
    private string _plain = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] words = ["the", "stage", "light", "Karen", "whispered", "rehearsal", "didn't", "Derek", "song", "quietly"];
        var html = new StringBuilder();
        var plain = new StringBuilder();
        while (html.Length < 500_000)
        {
            var sentence = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
            html.Append("<p>").Append(sentence).Append(" <em>really</em>.</p>\n");
            plain.Append(sentence).Append(".\n\n");
        }
        _chapterHtml = html.ToString();
        _plain = plain.ToString();
    }

    [Benchmark] public string Sanitize500KB() => CreatorHtml.Sanitize(_chapterHtml);
    [Benchmark] public int CountWords500KB() => WordCounter.CountHtml(_chapterHtml);
    [Benchmark] public string PlainTextToHtml500KB() => PlainText.ToHtml(_plain);
}
