namespace Encore.Data;

public enum DatabaseProvider { Sqlite, Postgres }

// Where the archive's data lives. One convention for every command: --db beats ENCORE_DB beats ./data/encore.db.
// A value that looks like a PostgreSQL connection string selects PostgreSQL; anything else is an SQLite file path.
public sealed record DatabaseSettings(DatabaseProvider Provider, string Target)
{
    public const string EnvironmentVariable = "ENCORE_DB";
    public static readonly string DefaultPath = Path.Combine("data", "encore.db");

    public static DatabaseSettings Resolve(string? option, string? environment = null)
    {
        var value = FirstNonBlank(option, environment ?? Environment.GetEnvironmentVariable(EnvironmentVariable)) ?? DefaultPath;
        return LooksLikePostgres(value)
            ? new DatabaseSettings(DatabaseProvider.Postgres, value)
            : new DatabaseSettings(DatabaseProvider.Sqlite, Path.GetFullPath(value));
    }

    public string Describe() => Provider == DatabaseProvider.Sqlite ? Target : "PostgreSQL";

    private static bool LooksLikePostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
