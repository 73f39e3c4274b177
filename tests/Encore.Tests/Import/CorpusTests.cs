using System.Text.Json;
using System.Text.Json.Nodes;
using Encore.Import;
using Encore.Tests.Support;
using Encore.Web.Cli;

namespace Encore.Tests.Import;

// The team's corpus of raw posts (Import/Corpus): every recovered field of every post is checked against the
// reviewed NAME.expected.json beside it. Set ENCORE_WRITE_EXPECTED=1 to write the files for a new fixture, then
// read them line by line before committing: they are the specification.
public class CorpusTests
{
    public static readonly PostContext Context = new()
    {
        KnownFandoms = ["Smash (TV 2012)", "Sherlock Holmes - Arthur Conan Doyle", "Pride and Prejudice - Jane Austen", "Original Work"],
    };

    public static List<string> Names() =>
        Directory.EnumerateFileSystemEntries(RepoPaths.Corpus).Select(p => Path.GetFileName(p)!)
            .Where(n => !n.Contains(".expected", StringComparison.Ordinal) && !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Fixtures() => new(Names());

    [Fact]
    public void The_corpus_covers_every_format_with_at_least_thirty_posts()
    {
        var names = Names();
        Assert.True(names.Count >= 30, $"only {names.Count} posts");
        Assert.True(names.Count(n => n.EndsWith(".txt")) >= 15);
        Assert.True(names.Count(n => n.EndsWith(".html")) >= 5);
        Assert.True(names.Count(n => n.EndsWith(".epub")) >= 3);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_field_is_recovered(string fixture)
    {
        var path = Path.Combine(RepoPaths.Corpus, fixture);
        var bytes = Directory.Exists(path) ? EpubFolder.Zip(path) : File.ReadAllBytes(path);
        var (post, _) = PostReader.Read(fixture, bytes, Context);
        var (work, report, _) = ImportMapping.Map(post, fixture);
        var actual = JsonSerializer.SerializeToNode(report, ImportCommand.Json)!.AsObject();
        actual.Remove("id");
        actual.Remove("suggestions"); // the analyser has tests of its own; the corpus checks what the post states

        var expectedPath = Path.Combine(RepoPaths.Corpus, Path.GetFileNameWithoutExtension(fixture) + ".expected.json");
        if (Environment.GetEnvironmentVariable("ENCORE_WRITE_EXPECTED") == "1")
            File.WriteAllText(expectedPath, actual.ToJsonString(new JsonSerializerOptions(ImportCommand.Json) { WriteIndented = true }) + "\n");
        Assert.True(File.Exists(expectedPath), $"{fixture} has no expected file");

        // The chapters' text as stored (sanitized HTML), chapters separated by a marker line.
        var html = string.Join("\n<!-- next chapter -->\n", work.Chapters.Select(c => c.Content)) + "\n";
        var htmlPath = Path.ChangeExtension(expectedPath, ".html").Replace(".expected.html", ".expected-text.html");
        if (Environment.GetEnvironmentVariable("ENCORE_WRITE_EXPECTED") == "1") File.WriteAllText(htmlPath, html);
        Assert.Equal(File.ReadAllText(htmlPath), html);

        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsObject();
        Assert.Equal(expected.Select(p => p.Key).Order(), actual.Select(p => p.Key).Order());
        foreach (var (field, value) in expected)
            Assert.True(JsonNode.DeepEquals(value, actual[field]),
                $"{fixture}: {field}\n  expected {value?.ToJsonString(ImportCommand.Json)}\n  actual   {actual[field]?.ToJsonString(ImportCommand.Json)}");
    }
}
