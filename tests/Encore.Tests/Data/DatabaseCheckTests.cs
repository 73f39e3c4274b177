using Encore.Data;
using Encore.Tags;
using Encore.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Data;

public class DatabaseCheckTests
{
    [Fact]
    public async Task A_new_database_gets_every_migration_wal_and_the_fixed_tags()
    {
        using var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("nested/dir/encore.db"));
        await DatabaseCheck.PrepareAsync(settings);

        await using var db = DatabaseServices.Open(settings);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(17, await db.Tags.CountAsync(t => t.Type == TagType.Rating || t.Type == TagType.ArchiveWarning || t.Type == TagType.Category));
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", mode.Single());
    }

    [Fact]
    public async Task Preparing_twice_is_harmless()
    {
        using var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(settings);
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        Assert.Equal(17, await db.Tags.CountAsync(t => t.Type == TagType.Rating || t.Type == TagType.ArchiveWarning || t.Type == TagType.Category));
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_untouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.db");
        await File.WriteAllTextAsync(path, "These are my shopping notes, not a database.");
        var error = await Assert.ThrowsAsync<EncoreDatabaseException>(() => DatabaseCheck.PrepareAsync(new DatabaseSettings(DatabaseProvider.Sqlite, path)));
        Assert.Contains("not an Encore database", error.Message);
        Assert.Equal("These are my shopping notes, not a database.", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Another_programs_sqlite_database_is_refused_untouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE recipes (name TEXT)";
            await command.ExecuteNonQueryAsync();
        }
        var error = await Assert.ThrowsAsync<EncoreDatabaseException>(() => DatabaseCheck.PrepareAsync(new DatabaseSettings(DatabaseProvider.Sqlite, path)));
        Assert.Contains("not an Encore database", error.Message);

        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync();
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal("recipes", await tables.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_path_that_cannot_be_created_gets_a_clear_error()
    {
        using var folder = new TempFolder();
        var blocker = folder.File("a-file");
        await File.WriteAllTextAsync(blocker, "x");
        // A folder cannot be made inside a file, even by root (the tests may run as root, who can write anywhere else).
        var error = await Assert.ThrowsAsync<EncoreDatabaseException>(() =>
            DatabaseCheck.PrepareAsync(new DatabaseSettings(DatabaseProvider.Sqlite, Path.Combine(blocker, "sub", "encore.db"))));
        Assert.Contains("Cannot create the folder", error.Message);
    }

    [Fact]
    public void Db_option_beats_environment_beats_default()
    {
        Assert.Equal(Path.GetFullPath("x.db"), DatabaseSettings.Resolve("x.db", "y.db").Target);
        Assert.Equal(Path.GetFullPath("y.db"), DatabaseSettings.Resolve(null, "y.db").Target);
        Assert.Equal(Path.GetFullPath(DatabaseSettings.DefaultPath), DatabaseSettings.Resolve(null, " ").Target);
        var pg = DatabaseSettings.Resolve("Host=localhost;Database=encore");
        Assert.Equal(DatabaseProvider.Postgres, pg.Provider);
    }
}
