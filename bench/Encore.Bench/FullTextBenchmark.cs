using System.Diagnostics;
using System.Text.Json;
using Encore.Data;
using Encore.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Encore.Bench;

// `fulltext --works N --words W [--queries Q]`: generates an AO3-shaped archive whose works each carry about W words of
// English-like story text (plus titles, summaries, some notes), bulk-loads it into a fresh SQLite file made by the
// real migrations, builds the filter and full-text indexes from that file, then times a fixed, seeded mix of
// queries: one word, two words, phrases, prefixes, exclusions and field terms, a third of them with tag filters, each
// searched through WorkIndex.Search (as a guest, best match, page 1, facets) and given snippets for its page, read
// from the database. The last line is one JSON object (BENCHMARKS.md records runs).
public static class FullTextBenchmark
{
    public static async Task<int> RunAsync(int workCount, int wordsPerWork, int queryCount)
    {
        var folder = Directory.CreateTempSubdirectory("encore-fulltext-");
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, Path.Combine(folder.FullName, "fulltext.db"));
            await DatabaseCheck.PrepareAsync(settings);
            List<GeneratedTag> fixedTags;
            await using (var db = DatabaseServices.Open(settings))
                fixedTags = await db.Tags.Select(t => new GeneratedTag(t.Id, t.Type, t.Name, t.Canonical, t.MergerId)).ToListAsync();

            var clock = Stopwatch.StartNew();
            var english = new EnglishLikeText(seed: 2026);
            var archive = GeneratedArchive.Generate(workCount, 2026, fixedTags, fixedTags.Max(t => t.Id) + 1);
            var rng = new Random(2027);
            var phrases = new List<string>();
            SqliteConnection.ClearAllPools();
            var written = StoryWriter.Write(settings.Target, archive, english, wordsPerWork, rng, phrases);
            Console.WriteLine($"generated and loaded {archive.Works.Count:N0} works, {written.Words:N0} words ({written.Bytes / 1048576.0:N0} MB of HTML) " +
                $"in {clock.Elapsed.TotalSeconds:N1} s; SQLite file {new FileInfo(settings.Target).Length / 1048576.0:N0} MB");

            WorkIndex index;
            await using (var db = DatabaseServices.Open(settings)) index = await WorkIndex.BuildAsync(db);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            TextIndex text;
            await using (var db = DatabaseServices.Open(settings)) text = await TextIndex.BuildAsync(db);
            var buildSeconds = clock.Elapsed.TotalSeconds;
            var buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            index.Text = text;
            Console.WriteLine($"text index built from the database in {buildSeconds:N1} s ({buildCpu:N1} s of CPU): {text.TermCount:N0} terms, {indexBytes / 1048576.0:N0} MB " +
                $"by GC.GetTotalMemory(true) before/after ({text.ApproximateBytes() / 1048576.0:N0} MB by the index's own estimate)");

            var queries = new FullTextQueries(english, archive, phrases).Make(queryCount, new Random(7));
            await using var reading = DatabaseServices.Open(settings);
            reading.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            // Warm-up with another seed's mix, long enough that the search code runs as the JIT's final (tier 1) code, as it
            // does on a node that has been serving for a while: 30 queries left phrase matching half-compiled.
            foreach (var q in new FullTextQueries(english, archive, phrases).Make(300, new Random(8))) await RunOne(index, reading, q);
            var times = new List<(string Kind, double Total, double Search, int Found, FullTextQueries.Query Query, double? Cpu, double? SearchCpu)>();
            // CPU time per query next to wall time: on a shared machine, wall time well above CPU time means waiting
            // for a core, not work.
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var q in queries)
            {
                var (total, search, found, cpuMs, searchCpu) = await RunOne(index, reading, q);
                times.Add((q.Kind, total, search, found, q, cpuMs, searchCpu));
            }
            var queryCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, queries.Count);
            foreach (var group in times.GroupBy(t => t.Kind).OrderBy(g => g.Key).Append(times.GroupBy(t => t.Query.Filtered ? "+ tags" : "no tags")
                .Single(g => g.Key == "+ tags")))
            {
                var t = group.Select(x => x.Total).ToArray();
                var c = group.Select(x => x.Cpu).OfType<double>().ToArray();
                Console.WriteLine($"  {group.Key,-9} {t.Length,4} queries: p50 {P(t, 50),7:N2} ms, p99 {P(t, 99),7:N2} ms, max {t.Max(),7:N2} ms; " +
                    $"CPU p50 {P(c, 50),6:N2} ms, p99 {P(c, 99),6:N2} ms; search alone p50 {P(group.Select(x => x.Search).ToArray(), 50):N2} ms; " +
                    $"median {P(group.Select(x => (double)x.Found).ToArray(), 50):N0} works found");
            }
            foreach (var t in times.OrderByDescending(t => t.Search).Take(5))
                Console.WriteLine($"  slowest search: {t.Search:N1} ms ({t.Total:N1} ms with snippets), {t.Found:N0} found: {t.Query}");
            foreach (var t in times.OrderByDescending(t => t.Cpu ?? 0).Take(5))
                Console.WriteLine($"  most CPU: {t.Cpu:N1} ms ({t.SearchCpu:N1} ms searching, {t.Total:N1} ms wall), {t.Found:N0} found: {t.Query}");
            var all = times.Select(t => t.Total).ToArray();
            var allCpu = times.Select(t => t.Cpu).OfType<double>().ToArray();
            double KindP99(params string[] kinds) => P(times.Where(t => kinds.Contains(t.Kind)).Select(t => t.Total).ToArray(), 99);
            Console.WriteLine($"all: {all.Length} queries, p50 {P(all, 50):N2} ms, p99 {P(all, 99):N2} ms, max {all.Max():N2} ms " +
                $"(search + snippets for the page of 20, snippets read from SQLite); mean CPU {queryCpu:N2} ms a query (process), " +
                $"the query's own thread CPU p50 {P(allCpu, 50):N2} ms, p99 {P(allCpu, 99):N2} ms ({allCpu.Length} queries stayed on one thread)");
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                works = workCount, words_per_work = wordsPerWork, total_words = written.Words, queries = all.Length,
                p50_ms = R(P(all, 50)), p99_ms = R(P(all, 99)), max_ms = R(all.Max()),
                word_p99_ms = R(KindP99("word", "two-word")), phrase_p99_ms = R(KindP99("phrase")),
                filtered_p99_ms = R(P(times.Where(t => t.Query.Filtered).Select(t => t.Total).ToArray(), 99)),
                search_p50_ms = R(P(times.Select(t => t.Search).ToArray(), 50)), search_p99_ms = R(P(times.Select(t => t.Search).ToArray(), 99)),
                mean_cpu_ms = R(queryCpu), cpu_p50_ms = R(P(allCpu, 50)), cpu_p99_ms = R(P(allCpu, 99)), build_s = Math.Round(buildSeconds, 1), build_cpu_s = Math.Round(buildCpu, 1), index_bytes = indexBytes, terms = text.TermCount,
            }));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(double Total, double Search, int Found, double? Cpu, double? SearchCpu)> RunOne(WorkIndex index, EncoreDb db,
        FullTextQueries.Query query)
    {
        var cpu = ThreadCpu.Now();
        var start = Stopwatch.GetTimestamp();
        var result = index.Search(query.ToWorkQuery());
        var search = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var searchCpu = ThreadCpu.Since(cpu);
        if (result.WorkIds.Count > 0) await Snippets.ForWorksAsync(db, result.WorkIds.ToList(), result.Text!.Query);
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, search, result.Total, ThreadCpu.Since(cpu), searchCpu);
    }

    private static double P(double[] values, double percentile)
    {
        if (values.Length == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(percentile / 100 * sorted.Length) - 1)];
    }

    private static double R(double ms) => Math.Round(ms, 2);
}
