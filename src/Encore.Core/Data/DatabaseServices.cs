using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Data;

public static class DatabaseServices
{
    public static IServiceCollection AddEncoreDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        // The options are built once, not per request: they never change while the archive runs, and building them
        // (connection string, extensions) was a visible share of a list page's allocations.
        if (settings.Provider == DatabaseProvider.Sqlite)
            services.AddDbContext<EncoreDb, SqliteEncoreDb>(o => ConfigureSqlite(o, settings.Target), optionsLifetime: ServiceLifetime.Singleton);
        else
            services.AddDbContext<EncoreDb, PostgresEncoreDb>(o => ConfigurePostgres(o, settings.Target), optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    public static EncoreDb Open(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteEncoreDb>();
            ConfigureSqlite(options, settings.Target);
            return new SqliteEncoreDb(options.Options);
        }
        var pg = new DbContextOptionsBuilder<PostgresEncoreDb>();
        ConfigurePostgres(pg, settings.Target);
        return new PostgresEncoreDb(pg.Options);
    }

    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private static void ConfigureSqlite(DbContextOptionsBuilder options, string path) =>
        options.UseSqlite(SqliteConnectionString(path))
            .AddInterceptors(SqlitePragmas.Instance)
            .ConfigureWarnings(w => w.Log(RelationalEventId.MultipleCollectionIncludeWarning));

    private static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Log(RelationalEventId.MultipleCollectionIncludeWarning));
}
