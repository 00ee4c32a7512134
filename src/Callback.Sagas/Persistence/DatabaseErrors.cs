using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Callback.Sagas.Persistence;

/// <summary>Recognises, on each provider, the one database error the repository and the bookings expect: a duplicate key.</summary>
public static class DatabaseErrors
{
    const int SqliteConstraint = 19;
    const int SqliteConstraintPrimaryKey = 1555;
    const int SqliteConstraintUnique = 2067;
    const int SqlServerUniqueIndex = 2601;
    const int SqlServerPrimaryKey = 2627;

    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException switch
        {
            SqliteException e => e.SqliteErrorCode == SqliteConstraint
                && e.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique,
            PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
            SqlException e => e.Number is SqlServerPrimaryKey or SqlServerUniqueIndex,
            _ => false,
        };
}
