using System.Diagnostics;
using System.Text.Json;
using Encore.Data;
using Encore.Import;

namespace Encore.Bench;

// `import --posts N`: generates N raw posts, then times a dry run (reading and parsing only) and a real import into
// a fresh SQLite database, both in this process through the same pipeline as `encore import` (files are given from
// memory, so disk reads are not timed).
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(int count)
    {
        var random = new Random(2026);
        var posts = Enumerable.Range(0, count).Select(i => GeneratedPosts.Make(i, random)).ToList();
        var megabytes = posts.Sum(p => p.Bytes.Length) / 1024.0 / 1024.0;
        Console.WriteLine($"{count:N0} generated posts, {megabytes:N1} MB");

        // Warm-up, not timed: the first few hundred posts run through code the JIT has not optimised yet.
        await TimeAsync(new Importer(null, TimeProvider.System, new ImportOptions(DryRun: true)),
            Enumerable.Range(0, 500).Select(i => GeneratedPosts.Make(count + i, random)).ToList());

        var parse = await TimeAsync(new Importer(null, TimeProvider.System, new ImportOptions(DryRun: true, Analyze: false)), posts);
        Console.WriteLine($"parsing only (--dry-run --no-suggestions): {parse.Seconds:N2} s, {count / parse.Seconds:N0} posts/s, {parse.Failed} failed");
        var dry = await TimeAsync(new Importer(null, TimeProvider.System, new ImportOptions(DryRun: true)), posts);
        Console.WriteLine($"parsing and analysing (--dry-run): {dry.Seconds:N2} s, {count / dry.Seconds:N0} posts/s, {dry.Failed} failed");

        var folder = Directory.CreateTempSubdirectory("encore-bench-");
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, Path.Combine(folder.FullName, "bench.db"));
            await DatabaseCheck.PrepareAsync(settings);
            await using var db = DatabaseServices.Open(settings);
            var real = await TimeAsync(new Importer(db, TimeProvider.System, new ImportOptions()), posts);
            Console.WriteLine($"importing with suggestions: {real.Seconds:N2} s, {count / real.Seconds:N0} posts/s, {real.Failed} failed");
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                posts = count, megabytes = Math.Round(megabytes, 1),
                parse_posts_per_s = Math.Round(count / parse.Seconds), parse_and_analyse_posts_per_s = Math.Round(count / dry.Seconds),
                import_posts_per_s = Math.Round(count / real.Seconds),
                failed = parse.Failed + dry.Failed + real.Failed,
            }));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
        return 0;
    }

    // Writes the generated posts to a folder, to time `encore import` itself on them.
    public static int Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(2026);
        for (var i = 0; i < count; i++)
        {
            var (name, bytes) = GeneratedPosts.Make(i, random);
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
        Console.WriteLine($"wrote {count:N0} posts to {folder}");
        return 0;
    }

    // The same pipeline `encore import` runs: parsing on every core, storing in order on one.
    private static async Task<(double Seconds, int Failed)> TimeAsync(Importer importer, List<(string Name, byte[] Bytes)> posts)
    {
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var files = posts.Select(p => (p.Name, (Func<CancellationToken, Task<byte[]>>)(_ => Task.FromResult(p.Bytes))));
        await foreach (var outcome in ImportPipeline.RunAsync(importer, files))
            if (outcome.Status == ImportOutcome.Failed) failed++;
        return (clock.Elapsed.TotalSeconds, failed);
    }
}
