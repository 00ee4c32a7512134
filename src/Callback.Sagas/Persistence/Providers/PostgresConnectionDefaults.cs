using System.Data.Common;
using Npgsql;

namespace Callback.Sagas.Persistence.Providers;

/// <summary>
/// Npgsql options that the service's contexts want on PostgreSQL, added to the operator's connection string unless it
/// sets them itself (bench/README.md, proposal 3, measured them):
/// <list type="bullet">
/// <item><c>Max Auto Prepare=20</c>: the saga's and the inbox's few statements run thousands of times a minute;
/// prepared, PostgreSQL parses and plans each once per connection instead of every time.</item>
/// <item><c>No Reset On Close=true</c>: a pooled connection is not reset with <c>DISCARD ALL</c>, a transaction of its
/// own, each time it is reused. The contexts set no session state (no SET, temporary table, advisory lock or LISTEN)
/// that a reset would have to clear.</item>
/// </list>
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 20;

    public static string Apply(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey answers for every keyword it knows, set or not, so the keys the
        // operator wrote are read from the plain parse, in any of Npgsql's spellings ("Max Auto Prepare", "MaxAutoPrepare").
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
            builder.MaxAutoPrepare = MaxAutoPrepare;
        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
