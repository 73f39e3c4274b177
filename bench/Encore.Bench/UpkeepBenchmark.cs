using System.Diagnostics;
using System.Text.Json;
using Encore.Data;
using Encore.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Encore.Bench;

// `upkeep --works N [--changes C]`: how fast a node's index follows the change feed. Loads a generated archive,
// builds the index as a node does, then times: one change and its catch-up (what a POST adds to its answer), C
// mixed changes (hits, kudos, retitles, retags) applied in one catch-up, a tag merge, and the verify (a fresh build
// compared with the live index), which must find nothing. The last line is one JSON object.
public static class UpkeepBenchmark
{
    public static async Task<int> RunAsync(int workCount, int changeCount)
    {
        var folder = Directory.CreateTempSubdirectory("encore-upkeep-");
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, Path.Combine(folder.FullName, "upkeep.db"));
            await DatabaseCheck.PrepareAsync(settings);
            List<GeneratedTag> fixedTags;
            await using (var db = DatabaseServices.Open(settings))
                fixedTags = await db.Tags.Select(t => new GeneratedTag(t.Id, t.Type, t.Name, t.Canonical, t.MergerId)).ToListAsync();
            var archive = GeneratedArchive.Generate(workCount, 2026, fixedTags, fixedTags.Max(t => t.Id) + 1);
            SqliteConnection.ClearAllPools();
            BulkArchiveWriter.Write(settings.Target, archive);

            var host = new IndexHost(() => DatabaseServices.Open(settings));
            var clock = Stopwatch.StartNew();
            await host.BuildAsync();
            var buildSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{workCount:N0} works: index built in {buildSeconds:N1} s");

            var rng = new Random(5);
            using var connection = new SqliteConnection(DatabaseServices.SqliteConnectionString(settings.Target));
            connection.Open();
            int Work() => archive.Works[rng.Next(archive.Works.Count)].Id;
            var single = new double[100];
            for (var i = 0; i < single.Length; i++)
            {
                Exec(connection, $"UPDATE \"Works\" SET \"KudosCount\" = \"KudosCount\" + 1 WHERE \"Id\" = {Work()}");
                var t = Stopwatch.GetTimestamp();
                await host.CatchUpAsync();
                single[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            var sorted = single.Order().ToArray();
            Console.WriteLine($"one change then catch-up: p50 {sorted[49]:N2} ms, p99 {sorted[98]:N2} ms");

            var tags = archive.WorkTags.Select(l => l.TagId).Distinct().ToArray();
            using (var transaction = connection.BeginTransaction())
            {
                for (var i = 0; i < changeCount; i++)
                {
                    var id = Work();
                    Exec(connection, (i % 20) switch
                    {
                        < 14 => $"UPDATE \"Works\" SET \"Hits\" = \"Hits\" + 1 WHERE \"Id\" = {id}",
                        < 17 => $"UPDATE \"Works\" SET \"KudosCount\" = \"KudosCount\" + 1 WHERE \"Id\" = {id}",
                        < 19 => $"UPDATE \"Works\" SET \"Title\" = 'Retitled {i}' WHERE \"Id\" = {id}",
                        _ => $"INSERT OR IGNORE INTO \"WorkTags\" (\"WorkId\", \"TagId\") VALUES ({id}, {tags[rng.Next(tags.Length)]})",
                    }, transaction);
                }
                transaction.Commit();
            }
            clock.Restart();
            var applied = await host.CatchUpAsync();
            var batchSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{applied:N0} feed changes applied in {batchSeconds:N2} s ({applied / batchSeconds:N0} a second)");

            var synonym = archive.Tags.First(t => t.MergerId != null && t.Type == Tags.TagType.Freeform);
            var target = archive.Tags.First(t => t.Canonical && t.MergerId == null && t.Type == Tags.TagType.Freeform && t.Id != synonym.MergerId);
            Exec(connection, $"UPDATE \"Tags\" SET \"MergerId\" = {target.Id} WHERE \"Id\" = {synonym.Id}");
            clock.Restart();
            await host.CatchUpAsync();
            var tagSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"a tag merge applied in {tagSeconds:N2} s");

            clock.Restart();
            var problems = await host.VerifyAsync();
            var verifySeconds = clock.Elapsed.TotalSeconds;
            foreach (var p in problems) Console.WriteLine(p);
            Console.WriteLine($"verify: {(problems.Count == 0 ? "index matches the database" : $"{problems.Count} differences")} in {verifySeconds:N1} s");
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                works = workCount, changes = applied, index_build_s = Math.Round(buildSeconds, 2),
                single_change_p50_ms = Math.Round(sorted[49], 2), single_change_p99_ms = Math.Round(sorted[98], 2),
                batch_s = Math.Round(batchSeconds, 2), changes_per_s = Math.Round(applied / batchSeconds), tag_change_s = Math.Round(tagSeconds, 2),
                verify_s = Math.Round(verifySeconds, 1), verify_ok = problems.Count == 0,
            }));
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
