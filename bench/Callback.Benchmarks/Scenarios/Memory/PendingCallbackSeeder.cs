using Callback.Benchmarks.Hosting;
using Npgsql;

namespace Callback.Benchmarks.Scenarios.Memory;

/// <summary>
/// Makes many pending scheduled callbacks quickly: copies of one session that the saga really created (its row in
/// <c>callback_sessions</c> and its two timers in Quartz's tables: the execution check and the TTL), each copy with a
/// session id and timer tokens of its own. Creating them one by one through the saga would take many minutes; what the
/// worker holds in memory depends on the rows, not on how they were made. The copies' timers keep the template's
/// message in their data and are due days later, so none fires while the benchmark watches.
/// </summary>
public static class PendingCallbackSeeder
{
    public static async Task Copy(BenchDatabase database, Guid template, int copies)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        await Execute(connection, """
            CREATE TEMP TABLE copies AS
            SELECT gen_random_uuid() AS session_id, gen_random_uuid() AS check_token, gen_random_uuid() AS expiry_token
            FROM generate_series(1, @copies)
            """, ("copies", copies));

        var sessionColumns = await Columns(connection, "callback_sessions");
        await Execute(connection, $"""
            INSERT INTO callback_sessions ({string.Join(", ", sessionColumns)})
            SELECT {string.Join(", ", sessionColumns.Select(c => c switch
            {
                "correlation_id" => "c.session_id",
                "execution_check_token" => "c.check_token",
                "expiration_token" => "c.expiry_token",
                _ => "t." + c,
            }))}
            FROM callback_sessions t CROSS JOIN copies c
            WHERE t.correlation_id = @template
            """, ("template", template));

        // A timer's trigger is named by its token ("N" format), in qrtz_triggers and in the simple-trigger row beside it.
        foreach (var table in new[] { "qrtz_triggers", "qrtz_simple_triggers" })
        {
            var columns = await Columns(connection, table);
            foreach (var (tokenColumn, copyToken) in new[] { ("execution_check_token", "c.check_token"), ("expiration_token", "c.expiry_token") })
            {
                await Execute(connection, $"""
                    INSERT INTO {table} ({string.Join(", ", columns)})
                    SELECT {string.Join(", ", columns.Select(c => c == "trigger_name" ? $"replace({copyToken}::text, '-', '')" : "t." + c))}
                    FROM {table} t CROSS JOIN copies c
                    WHERE t.trigger_name = (SELECT replace({tokenColumn}::text, '-', '') FROM callback_sessions WHERE correlation_id = @template)
                    """, ("template", template));
            }
        }

        // Fresh statistics, so that the queries the worker and Quartz run plan as they would on a table that grew slowly.
        await Execute(connection, "ANALYZE callback_sessions; ANALYZE qrtz_triggers; ANALYZE qrtz_simple_triggers");
    }

    static async Task<List<string>> Columns(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            columns.Add(reader.GetString(0));
        return columns;
    }

    static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}
