using System.Text.Json;
using System.Text.Json.Nodes;
using Encore.Tests.Support;

namespace Encore.Tests.Cli;

// `encore import` as a person runs it: the JSON-lines contract, exit codes, folders, duplicates and bad files.
public class ImportCommandTests
{
    private static readonly string[] WorkFields =
    [
        "id", "title", "creators", "published", "fandoms", "relationships", "characters", "rating", "warnings", "categories",
        "additionalTags", "summary", "notes", "endNotes", "gifts", "complete", "words", "language", "chapters",
    ];

    private static List<JsonObject> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    private static void CopyCorpus(string folder, params string[] names)
    {
        foreach (var name in names)
        {
            var source = Path.Combine(RepoPaths.Corpus, name);
            if (Directory.Exists(source)) File.WriteAllBytes(Path.Combine(folder, name), EpubFolder.Zip(source));
            else File.Copy(source, Path.Combine(folder, name));
        }
    }

    [Fact]
    public async Task Json_mode_writes_one_object_per_file_and_nothing_else_then_duplicates_on_the_second_run()
    {
        using var folder = new TempFolder();
        var posts = Directory.CreateDirectory(folder.File("posts")).FullName;
        Directory.CreateDirectory(Path.Combine(posts, "nested"));
        CopyCorpus(posts, "lj-entry-basic.txt", "html-ao3-multi.html", "ao3-split.epub");
        File.Copy(Path.Combine(RepoPaths.Corpus, "dw-multichapter.txt"), Path.Combine(posts, "nested", "dw.txt"));
        var db = folder.File("archive.db");

        var (code, stdout, stderr) = await CliTests.RunAsync($"import --json --db \"{db}\" \"{posts}\"");
        Assert.Equal(0, code);
        var lines = Lines(stdout);
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l =>
        {
            Assert.Equal(["source", "status", "error", "work"], l.Select(p => p.Key).Take(4));
            Assert.Equal("imported", (string?)l["status"]);
            Assert.Null(l["error"]);
            var work = l["work"]!.AsObject();
            Assert.All(WorkFields, f => Assert.True(work.ContainsKey(f), $"work has no {f}"));
            Assert.True((int?)work["id"] > 0);
        });
        var epub = lines.Single(l => ((string)l["source"]!).EndsWith("ao3-split.epub"))["work"]!;
        Assert.Equal("Notes on a Napkin", (string?)epub["title"]);
        Assert.Equal(2, epub["chapters"]!.AsArray().Count);
        Assert.Contains("Imported 4, duplicates 0, failed 0", stderr);

        var again = await CliTests.RunAsync($"import --json --db \"{db}\" \"{posts}\"");
        Assert.Equal(0, again.Code);
        Assert.All(Lines(again.Out), l => Assert.Equal("duplicate", (string?)l["status"]));
    }

    [Fact]
    public async Task Failures_are_reported_per_file_the_run_goes_on_and_the_exit_code_says_so()
    {
        using var folder = new TempFolder();
        CopyCorpus(folder.Path, "bare-prose.txt");
        await File.WriteAllBytesAsync(folder.File("empty.txt"), []);
        await File.WriteAllTextAsync(folder.File("fake.epub"), "not a zip");
        using (var huge = File.Create(folder.File("huge.txt"))) huge.SetLength(100L * 1024 * 1024);

        var (code, stdout, stderr) = await CliTests.RunAsync($"import --json --dry-run --db \"{folder.File("none.db")}\" \"{folder.Path}\" \"{folder.File("missing.txt")}\"");
        Assert.Equal(1, code);
        var bySource = Lines(stdout).ToDictionary(l => Path.GetFileName((string)l["source"]!), l => l);
        Assert.Equal("imported", (string?)bySource["bare-prose.txt"]["status"]);
        Assert.Null((int?)bySource["bare-prose.txt"]["work"]!["id"]);
        Assert.Contains("empty", (string?)bySource["empty.txt"]["error"]);
        Assert.Contains("not a zip", (string?)bySource["fake.epub"]["error"]);
        Assert.Contains("100 MB", (string?)bySource["huge.txt"]["error"]);
        Assert.Contains("No such file", (string?)bySource["missing.txt"]["error"]);
        Assert.Contains("Would import 1, duplicates 0, failed 4", stderr);
        // A dry run creates no database.
        Assert.False(File.Exists(folder.File("none.db")));
    }

    [Fact]
    public async Task Analyze_reports_suggestions_without_importing_and_eval_and_fandom_load_work()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("post.txt"), "Disclaimer: I own nothing in relation to the show SMASH.\n\nKaren punched Derek in the face. Ivy laughed until Karen laughed too.\n");
        var db = folder.File("a.db");
        var (code, stdout, _) = await CliTests.RunAsync($"analyze --json --db \"{db}\" \"{folder.File("post.txt")}\"");
        Assert.Equal(0, code);
        var work = Lines(stdout).Single()["work"]!;
        // The disclaimer names the show: the fandom is found from the post itself, so it is not a suggestion.
        Assert.Equal("Smash (TV 2012)", (string?)work["fandoms"]![0]);
        var suggestions = work["suggestions"]!.AsArray();
        Assert.Contains(suggestions, s => (string?)s!["tag"] == "Karen Cartwright" && (string?)s["type"] == "character");
        Assert.Contains(suggestions, s => (string?)s!["tag"] == "Violence" && s["evidence"]!.AsArray().Count > 0);
        Assert.False(File.Exists(db), "analyze created a database");

        var human = await CliTests.RunAsync($"analyze \"{folder.File("post.txt")}\"");
        Assert.Contains("Violence", human.Out);

        await File.WriteAllTextAsync(folder.File("set.txt"), "=== one\nfandom: Original Work\nlabels: Violence\n---\nHe punched her in the face.\n=== two\nfandom: Original Work\nlabels:\n---\nThey had tea.\n");
        var eval = await CliTests.RunAsync($"eval \"{folder.File("set.txt")}\"");
        Assert.Equal(0, eval.Code);
        Assert.Matches(@"Violence\s+1\s+0\s+0\s+1\.000\s+1\.000", eval.Out);

        await File.WriteAllTextAsync(folder.File("fandom.json"), "{ \"fandom\": \"Harbour Lights (Podcast)\", \"characters\": [ { \"name\": \"Ada Vance\", \"aliases\": [\"Ada\"] } ] }");
        var load = await CliTests.RunAsync($"fandom load --db \"{db}\" \"{folder.File("fandom.json")}\"");
        Assert.Equal(0, load.Code);
        Assert.Contains("Harbour Lights (Podcast): 1 characters", load.Out);
        var bad = await CliTests.RunAsync($"fandom load --db \"{db}\" \"{folder.File("set.txt")}\"");
        Assert.Equal(2, bad.Code);
        Assert.Contains("not valid JSON", bad.Err);
    }

    [Fact]
    public async Task A_folder_of_ten_thousand_files_is_read_to_the_end()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 10_000; i++)
        {
            var sub = Path.Combine(folder.Path, $"batch{i % 10}");
            if (i < 10) Directory.CreateDirectory(sub);
            await File.WriteAllTextAsync(Path.Combine(sub, $"post{i:00000}.txt"),
                i % 1000 == 999 ? "" : $"Title: Post {i}\nFandom: Generated\n\nThis is generated story number {i}, short but complete.\n");
        }
        var (code, stdout, stderr) = await CliTests.RunAsync($"import --json --dry-run \"{folder.Path}\"", timeoutSeconds: 600);
        var lines = Lines(stdout);
        Assert.Equal(10_000, lines.Count);
        Assert.Equal(9_990, lines.Count(l => (string?)l["status"] == "imported"));
        Assert.Equal(10, lines.Count(l => (string?)l["status"] == "failed"));
        Assert.Equal(1, code);
        Assert.Contains("10,000 files in", stderr);
    }

    [Fact]
    public async Task Human_output_names_each_file_and_the_fandom_option_fills_the_gap()
    {
        using var folder = new TempFolder();
        CopyCorpus(folder.Path, "bare-prose.txt");
        var (code, stdout, _) = await CliTests.RunAsync($"import --db \"{folder.File("a.db")}\" --fandom \"Original Work\" \"{folder.File("bare-prose.txt")}\"");
        Assert.Equal(0, code);
        Assert.Matches(@"^imported  #\d+  Untitled  \(.*bare-prose\.txt\)", stdout.Trim());
        var json = await CliTests.RunAsync($"import --json --dry-run --fandom \"Original Work\" \"{folder.File("bare-prose.txt")}\"");
        Assert.Equal("Original Work", (string?)Lines(json.Out)[0]["work"]!["fandoms"]![0]);
    }
}
