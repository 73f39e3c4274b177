using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Cli;

// For commands that write nothing (import --dry-run, analyze, eval): an existing, up-to-date Encore database is read;
// otherwise there is none, and nothing is created.
public static class ReadOnlyDatabase
{
    public static async Task<EncoreDb?> OpenAsync(DatabaseSettings database, CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Sqlite && !File.Exists(database.Target)) return null;
        var db = DatabaseServices.Open(database);
        try
        {
            if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any()) return db;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            // Not a current Encore database: go on without one.
        }
        await db.DisposeAsync();
        return null;
    }
}
