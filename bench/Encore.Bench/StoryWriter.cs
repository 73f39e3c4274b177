using Encore.Search;
using Microsoft.Data.Sqlite;

namespace Encore.Bench;

// Writes a generated archive with story text into a migrated SQLite file: the metadata through BulkArchiveWriter,
// then each work's summary, notes and chapters, generated work by work and inserted straight away so the text of
// the whole archive (gigabytes at 20,000 × 5,000 words) is never held in memory. Benchmark plumbing only.
public static class StoryWriter
{
    public static (long Words, long Bytes) Write(string path, GeneratedArchive archive, EnglishLikeText english, int wordsPerWork, Random rng,
        List<string> phrases)
    {
        // Titles from the vocabulary, word counts as the text will have them (the filter generator's are log-normal).
        var words = new int[archive.Works.Count];
        for (var i = 0; i < archive.Works.Count; i++)
        {
            var w = archive.Works[i];
            words[i] = (int)(wordsPerWork * (0.8 + 0.4 * rng.NextDouble()));
            var title = string.Join(' ', Enumerable.Range(0, rng.Next(1, 5)).Select(_ => english.Vocabulary[english.Rank(rng) / 4 + 60]));
            archive.Works[i] = w with { Title = char.ToUpperInvariant(title[0]) + title[1..], WordCount = words[i] };
        }
        BulkArchiveWriter.Write(path, archive);

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;";
            pragma.ExecuteNonQuery();
        }
        using var update = Prepare(connection, "UPDATE \"Works\" SET \"Summary\" = $p0, \"Notes\" = $p1 WHERE \"Id\" = $p2", 3);
        using var insert = Prepare(connection, "INSERT INTO \"Chapters\" (\"WorkId\", \"Position\", \"Title\", \"Content\", \"WordCount\", \"PublishedAt\") " +
            "VALUES ($p0, $p1, $p2, $p3, $p4, $p5)", 6);
        var transaction = connection.BeginTransaction();
        long totalWords = 0, bytes = 0;
        for (var i = 0; i < archive.Works.Count; i++)
        {
            var w = archive.Works[i];
            var cast = Enumerable.Range(0, rng.Next(2, 7)).Select(_ => english.Names[rng.Next(english.Names.Length)]).ToArray();
            var summary = english.Html(rng, rng.Next(20, 70), cast);
            var notes = rng.NextDouble() < 0.3 ? english.Html(rng, rng.Next(10, 60), cast) : null;
            Run(update, transaction, summary, notes, w.Id);
            var chapters = Math.Max(1, Math.Min(w.ChapterCount, Math.Max(1, words[i] / 400)));
            for (var c = 0; c < chapters; c++)
            {
                var html = english.Html(rng, words[i] / chapters, cast, phrases.Count < 5000 ? phrases.Add : null);
                bytes += html.Length;
                Run(insert, transaction, w.Id, c + 1, rng.NextDouble() < 0.3 ? english.Word(rng) : null, html, words[i] / chapters, w.PublishedAt);
            }
            totalWords += words[i];
            if (i % 500 == 499)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
            }
        }
        transaction.Commit();
        transaction.Dispose();
        return (totalWords, bytes);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
