using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Encore.Data;

// A problem with the database that the person running Encore can fix; shown as a sentence, not a stack trace.
public sealed class EncoreDatabaseException(string message, Exception? inner = null) : Exception(message, inner);

public static class DatabaseCheck
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    // Makes sure the database can be used by this build of Encore, then applies any pending migrations.
    public static async Task PrepareAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite) CheckSqliteFile(settings.Target);
        await using var db = DatabaseServices.Open(settings);
        try
        {
            await CheckMigrationHistoryAsync(db, settings, ct);
            await db.Database.MigrateAsync(ct);
            await Understanding.ShippedFandoms.EnsureLoadedAsync(db, ct);
            if (settings.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        catch (SqliteException e)
        {
            throw new EncoreDatabaseException($"Cannot use the database {settings.Target}: {e.SqliteErrorMessageOrMessage()}", e);
        }
        catch (Npgsql.NpgsqlException e)
        {
            throw new EncoreDatabaseException($"Cannot use the PostgreSQL database: {e.Message}", e);
        }
    }

    private static void CheckSqliteFile(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EncoreDatabaseException($"Cannot create the folder {folder} for the database: {e.Message}", e);
        }

        if (Directory.Exists(path)) throw new EncoreDatabaseException($"{path} is a folder, not a database file. Give the path of a file.");

        if (!File.Exists(path))
        {
            ProbeWritable(folder, path);
            return;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            var header = new byte[SqliteHeader.Length];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
                throw new EncoreDatabaseException($"{path} is not an Encore database: it is not an SQLite file. Choose another path with --db.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EncoreDatabaseException($"Cannot write to the database {path}: {e.Message}", e);
        }
    }

    private static void ProbeWritable(string folder, string path)
    {
        var probe = Path.Combine(folder, $".encore-write-test-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EncoreDatabaseException($"Cannot create the database {path}: the folder {folder} is not writable ({e.Message}).", e);
        }
    }

    // A database with tables but no Encore migration history belongs to some other program: refuse to touch it.
    private static async Task CheckMigrationHistoryAsync(EncoreDb db, DatabaseSettings settings, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0)
        {
            if (settings.Provider == DatabaseProvider.Sqlite && await SqliteHasTablesAsync(db, ct))
                throw new EncoreDatabaseException($"{settings.Target} is an SQLite database but not an Encore database (it has tables and no Encore history). Choose another path with --db.");
            return;
        }
        if (!applied.Any(known.Contains))
            throw new EncoreDatabaseException($"{settings.Describe()} is not an Encore database (its migration history is another program's). Choose another database with --db.");
        var unknown = applied.FirstOrDefault(m => !known.Contains(m));
        if (unknown != null)
            throw new EncoreDatabaseException($"{settings.Describe()} was written by a newer version of Encore (migration {unknown}). Update Encore to use it.");
    }

    private static async Task<bool> SqliteHasTablesAsync(EncoreDb db, CancellationToken ct)
    {
        var count = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .SingleAsync(ct);
        return count > 0;
    }

    private static string SqliteErrorMessageOrMessage(this SqliteException e) => e.SqliteErrorCode switch
    {
        26 => "the file is not a database",
        8 => "the file is read-only",
        _ => e.Message,
    };
}
