using System.Diagnostics;
using System.Text.Json;
using Encore.Data;
using Encore.Search;
using Microsoft.EntityFrameworkCore;

namespace Encore.Bench;

// `filter --works N [--queries Q] [--baseline B] [--db FILE] [--slowest S] [--calibrate] [--passes P]`: generates an AO3-shaped archive, bulk-loads it into a fresh SQLite
// file made by the real migrations, builds the in-memory index from that file, then times a fixed query mix on the
// index and the first B of the same queries as EF Core SQL on the same file, checking both give the same totals
// and pages. The last line is one JSON object (BENCHMARKS.md records runs). --db keeps the SQLite file at FILE and,
// when it is there already (made by an earlier run with the same --works), reuses it instead of loading it again
// (the load takes minutes at a million works). --slowest prints the S slowest queries with their phases (10 unless told).
// --calibrate times both ways of finding the top facets (FilterCalibration). --passes P runs the queries P-1 more times.
public static class FilterBenchmark
{
    public static async Task<int> RunAsync(int workCount, int queryCount, int baselineCount, string? dbFile, int slowest, bool calibrate, int passes)
    {
        var folder = Directory.CreateTempSubdirectory("encore-filter-");
        try
        {
            // The generator takes the tags the migrations seed, so they are read from a fresh file even when reusing.
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, Path.Combine(folder.FullName, "filter.db"));
            await DatabaseCheck.PrepareAsync(settings);
            List<GeneratedTag> fixedTags;
            await using (var db = DatabaseServices.Open(settings))
                fixedTags = await db.Tags.Select(t => new GeneratedTag(t.Id, t.Type, t.Name, t.Canonical, t.MergerId)).ToListAsync();
            var reuse = dbFile != null && File.Exists(dbFile);
            if (dbFile != null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (!reuse) File.Copy(settings.Target, dbFile);
                settings = new DatabaseSettings(DatabaseProvider.Sqlite, Path.GetFullPath(dbFile));
            }

            var clock = Stopwatch.StartNew();
            var archive = GeneratedArchive.Generate(workCount, 2026, fixedTags, fixedTags.Max(t => t.Id) + 1);
            var synonyms = archive.Tags.Count(t => t.MergerId != null);
            Console.WriteLine($"generated {archive.Works.Count:N0} works, {archive.Tags.Count:N0} tags ({synonyms:N0} synonyms), " +
                $"{archive.WorkTags.Count:N0} work tags in {clock.Elapsed.TotalSeconds:N1} s");
            clock.Restart();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();   // the migration's pooled connection would hold a lock
            if (!reuse) BulkArchiveWriter.Write(settings.Target, archive);
            var loadSeconds = reuse ? 0 : clock.Elapsed.TotalSeconds;
            Console.WriteLine(reuse ? $"reusing {settings.Target} ({new FileInfo(settings.Target).Length / 1048576.0:N0} MB)"
                : $"loaded into SQLite in {loadSeconds:N1} s ({new FileInfo(settings.Target).Length / 1048576.0:N0} MB)");

            // Index memory: managed heap after a full collection, before and after the build (the generated archive
            // stays alive throughout, so the difference is the index alone).
            var before = GC.GetTotalMemory(forceFullCollection: true);
            clock.Restart();
            WorkIndex index;
            await using (var db = DatabaseServices.Open(settings)) index = await WorkIndex.BuildAsync(db);
            var buildSeconds = clock.Elapsed.TotalSeconds;
            var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            Console.WriteLine($"index built from the database in {buildSeconds:N1} s; {indexBytes / 1048576.0:N0} MB by GC.GetTotalMemory(true) " +
                $"before/after ({index.ApproximateBytes() / 1048576.0:N0} MB by the index's own estimate)");

            var families = new FilterQueries(archive);
            var queries = families.Make(archive, queryCount, 7);
            // Warm-up, not timed: 200 queries of another seed reach the rarer paths (broad results' facets), then a pause
            // lets tiered compilation promote what they ran (it waits for 100 ms without new methods before it starts
            // counting calls), so the timed queries run the code a node that has been serving a while runs. With only
            // 50 warm-up queries and no pause (the runs before 2026-11-22 04:00) the first broad queries ran unoptimised.
            foreach (var q in families.Make(archive, 200, 8)) index.Search(q);
            Thread.Sleep(1000);
            foreach (var q in families.Make(archive, 200, 8)) index.Search(q);
            Thread.Sleep(1000);
            var times = new double[queries.Count];
            // Only the totals and pages are kept for the comparison with SQL: a web node lets each result go once its page
            // is written, and holding a thousand results (with their facet counts) would make the GC's work the bench's.
            var results = new (int Total, IReadOnlyList<int> WorkIds)[queries.Count];
            var phases = new SearchTimings[queries.Count];
            var cpus = new double[queries.Count];   // this thread's CPU time per query: wall time less waiting for a core
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            for (var i = 0; i < queries.Count; i++)
            {
                phases[i] = new SearchTimings();
                var cpu = ThreadCpu.Now();
                var t = Stopwatch.GetTimestamp();
                var result = index.Search(queries[i], phases[i]);
                times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                results[i] = (result.Total, result.WorkIds);
                cpus[i] = ThreadCpu.Since(cpu) ?? double.NaN;
            }
            Console.WriteLine($"index: {queries.Count} queries, p50 {P(times, 50):N2} ms, p99 {P(times, 99):N2} ms, max {times.Max():N2} ms, " +
                $"median total {P(results.Select(r => (double)r.Total).ToArray(), 50):N0} works; GCs during them gen0/1/2 " +
                $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, paused " +
                $"{(GC.GetTotalPauseDuration() - gcs.Item4).TotalMilliseconds:N1} ms, allocated {(GC.GetTotalAllocatedBytes() - gcs.Item5) / 1048576.0:N0} MB");
            Console.WriteLine($"index by this thread's CPU time: p50 {P(cpus, 50):N2} ms, p99 {P(cpus, 99):N2} ms, max {cpus.Max():N2} ms");
            FilterSlowest.Print(index, queries, times, phases, results.Select(r => r.Total).ToArray(), archive, slowest);
            if (calibrate) FilterCalibration.Run(index, queries);
            for (var pass = 2; pass <= passes; pass++)
            {
                // The same queries again, their data now touched once: how much of the first pass was cold memory.
                var again = queries.Select(q => { var t = Stopwatch.GetTimestamp(); index.Search(q); return Stopwatch.GetElapsedTime(t).TotalMilliseconds; }).ToArray();
                Console.WriteLine($"pass {pass}: p50 {P(again, 50):N2} ms, p99 {P(again, 99):N2} ms, max {again.Max():N2} ms");
            }

            // The baseline runs the first B queries of the same mix (the mix is random, so that is a fair sample).
            var baselineTimes = new List<double>();
            var mismatches = 0;
            await using (var db = DatabaseServices.Open(settings))
            {
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                foreach (var q in families.Make(archive, 3, 9)) SqlBaseline.Run(db, q, families);   // warm-up: EF compiles its queries
                for (var i = 0; i < Math.Min(baselineCount, queries.Count); i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    var sql = SqlBaseline.Run(db, queries[i], families);
                    baselineTimes.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    if (sql.Total != results[i].Total || !sql.WorkIds.SequenceEqual(results[i].WorkIds))
                    {
                        mismatches++;
                        if (mismatches <= 5)
                            Console.WriteLine($"MISMATCH query {i}: {JsonSerializer.Serialize(queries[i])}\n  index total {results[i].Total} " +
                                $"page [{string.Join(",", results[i].WorkIds.Take(5))}…]; sql total {sql.Total} page [{string.Join(",", sql.WorkIds.Take(5))}…]");
                    }
                }
            }
            var b = baselineTimes.ToArray();
            Console.WriteLine($"SQL baseline (EF Core on SQLite): {b.Length} queries, p50 {P(b, 50):N1} ms, p99 {P(b, 99):N1} ms, max {b.DefaultIfEmpty().Max():N1} ms; " +
                $"{mismatches} mismatches with the index");
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                works = workCount, tags = archive.Tags.Count, queries = queries.Count,
                p50_ms = R(P(times, 50)), p99_ms = R(P(times, 99)), max_ms = R(times.Max()),
                cpu_p50_ms = R(P(cpus, 50)), cpu_p99_ms = R(P(cpus, 99)),
                baseline_queries = b.Length, baseline_p50_ms = R(P(b, 50)), baseline_p99_ms = R(P(b, 99)),
                speedup_p50 = Math.Round(P(b, 50) / P(times, 50), 1),
                index_build_s = Math.Round(buildSeconds, 2), index_bytes = indexBytes, load_s = Math.Round(loadSeconds, 1), mismatches,
            }));
            return mismatches == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            if (dbFile != null) Console.WriteLine($"kept {Path.GetFullPath(dbFile)}");
        }
    }

    private static double P(double[] values, double percentile)
    {
        if (values.Length == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(percentile / 100 * sorted.Length) - 1)];
    }

    private static double R(double ms) => Math.Round(ms, 3);
}
