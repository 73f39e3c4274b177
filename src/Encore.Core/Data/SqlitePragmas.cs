using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Encore.Data;

// Per-connection settings SQLite does not remember in the file. WAL itself is persistent and is set once by
// DatabaseCheck; synchronous=NORMAL is safe under WAL and much faster for many small writes.
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
