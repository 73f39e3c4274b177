using Encore.Search;
using Encore.Tags;
using Microsoft.Data.Sqlite;

namespace Encore.Bench;

// Writes a generated archive into a migrated SQLite file with prepared INSERTs, bypassing EF: GeneratedArchive's
// own EF writer needs tens of minutes for a million works, this takes about a minute. Benchmark plumbing only: it
// turns off the journal and fsync, which is fine for a throwaway file and never for a real archive.
public static class BulkArchiveWriter
{
    private const int RowsPerTransaction = 50_000;

    public static void Write(string path, GeneratedArchive archive)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;");
        // The search index's feed triggers would add a row for every row loaded (about 12 million at a million works)
        // that no node needs, since the index is built after the load: they are set aside and put back at the end.
        var triggers = new List<(string Name, string Sql)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'IndexFeed%'";
            using var r = read.ExecuteReader();
            while (r.Read()) triggers.Add((r.GetString(0), r.GetString(1)));
        }
        foreach (var (name, _) in triggers) Exec(connection, $"DROP TRIGGER \"{name}\";");
        var existing = new HashSet<int>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM Tags";
            using var r = read.ExecuteReader();
            while (r.Read()) existing.Add(r.GetInt32(0));
        }
        var now = DateTime.UtcNow;
        Insert(connection, "Tags", ["Id", "Type", "Name", "NormalizedName", "Canonical", "MergerId", "CreatedAt"],
            archive.Tags.Where(t => !existing.Contains(t.Id)),
            t => [t.Id, (int)t.Type, t.Name, Tag.Normalize(t.Name), t.Canonical, t.MergerId, now]);
        Insert(connection, "TagParents", ["ChildId", "ParentId"], archive.Links, l => [l.ChildId, l.ParentId]);
        Insert(connection, "AspNetUsers", ["Id", "UserName", "NormalizedUserName", "Email", "CreatedAt", "AccessFailedCount",
                "EmailConfirmed", "LockoutEnabled", "PhoneNumberConfirmed", "TwoFactorEnabled"], archive.UserIds,
            u => [u, u, u.ToUpperInvariant(), $"{u}@example.org", now, 0, false, false, false, false]);
        var pseudOf = new Dictionary<string, int>();
        foreach (var u in archive.UserIds) pseudOf[u] = pseudOf.Count + 1;
        Insert(connection, "Pseuds", ["Id", "UserId", "Name", "IsDefault"], archive.UserIds, u => [pseudOf[u], u, $"Pseud {u}", true]);
        Insert(connection, "Works", ["Id", "Title", "Language", "PublishedAt", "UpdatedAt", "ChapterCount", "IsComplete", "WordCount",
                "Hits", "KudosCount", "CommentCount", "BookmarkCount", "Restricted", "IsDraft", "HiddenReason", "AllowGuestComments"],
            archive.Works, w => [w.Id, w.Title, w.Language, w.PublishedAt, w.UpdatedAt, w.ChapterCount, w.IsComplete, w.WordCount,
                w.Hits, w.Kudos, w.Comments, w.Bookmarks, w.Restricted, w.IsDraft, w.Hidden ? "generated" : null, true]);
        Insert(connection, "WorkTags", ["WorkId", "TagId"], archive.WorkTags.OrderBy(l => l.WorkId).ThenBy(l => l.TagId), l => [l.WorkId, l.TagId]);
        Insert(connection, "Creatorships", ["Id", "WorkId", "Position", "PseudId", "ExternalName", "IsPending"], archive.Creators,
            c => [c.Id, c.WorkId, c.Position, c.UserId == null ? null : pseudOf[c.UserId], c.UserId == null ? c.Name : null, c.IsPending]);
        Insert(connection, "WorkSuggestions", ["WorkId", "TagName", "Type", "Evidence", "Confidence", "CreatedAt", "Status"],
            archive.Suggestions, s => [s.WorkId, s.TagName, (int)TagType.Freeform, "[]", 0.5, now, 0]);
        foreach (var (_, sql) in triggers) Exec(connection, sql);
        Exec(connection, "ANALYZE;");
    }

    private static void Insert<T>(SqliteConnection connection, string table, string[] columns, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        var n = 0;
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < v.Length; i++) parameters[i].Value = v[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
            if (++n % RowsPerTransaction == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                command.Transaction = transaction;
            }
        }
        transaction.Commit();
        transaction.Dispose();
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
