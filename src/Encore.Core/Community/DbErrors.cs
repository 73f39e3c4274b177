using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Encore.Community;

// Once-only things (kudos, a hit, a bookmark) rely on unique indexes: two requests at the same moment both pass the
// "already there?" check, and the index decides. The loser sees this exception and answers "already done".
internal static class DbErrors
{
    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && (s.SqliteExtendedErrorCode is 2067 or 1555),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

}
