using Callback.Benchmarks.Hosting;
using Callback.Benchmarks.Measuring;
using Npgsql;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>
/// Baseline B: what the database alone gives. Plain Npgsql on as many connections as the saga run has messages in
/// flight, each committing one small write at a time, alternately an INSERT of a new row and an optimistic
/// <c>UPDATE ... WHERE version = @v</c> of it (one row = two commits), as a saga's first and later transitions would.
/// The rate is commits per second: a saga event needs at least one.
/// </summary>
public static class DatabaseCommitBaseline
{
    public static async Task<Measurement> Run(BenchDatabase database, BenchSettings settings)
    {
        await database.Execute("CREATE TABLE IF NOT EXISTS bench_commit (id uuid PRIMARY KEY, version int NOT NULL, payload text NOT NULL)");

        var connections = new NpgsqlConnection[settings.Concurrency];
        var rows = new Guid[settings.Concurrency];
        for (var i = 0; i < connections.Length; i++)
        {
            connections[i] = new NpgsqlConnection(database.ConnectionString);
            await connections[i].OpenAsync();
        }

        try
        {
            var counters = new DatabaseCounterProbe(database);
            var cpu = new CpuMeter();
            var result = await ClosedLoop.Run(settings.Concurrency, settings.WarmUp, settings.Measured, async (driver, iteration) =>
            {
                var connection = connections[driver];
                if (iteration % 2 == 0)
                {
                    rows[driver] = Guid.NewGuid();
                    await using var insert = new NpgsqlCommand("INSERT INTO bench_commit (id, version, payload) VALUES (@id, 1, @payload)", connection);
                    insert.Parameters.AddWithValue("id", rows[driver]);
                    insert.Parameters.AddWithValue("payload", "WaitingForAgent");
                    await insert.ExecuteNonQueryAsync();
                }
                else
                {
                    await using var update = new NpgsqlCommand(
                        "UPDATE bench_commit SET version = version + 1, payload = @payload WHERE id = @id AND version = @version", connection);
                    update.Parameters.AddWithValue("id", rows[driver]);
                    update.Parameters.AddWithValue("version", 1);
                    update.Parameters.AddWithValue("payload", "Dialing");
                    if (await update.ExecuteNonQueryAsync() != 1)
                        throw new InvalidOperationException("The optimistic update found no row of the version it inserted.");
                }
            }, counters, cpu);

            return new Measurement(result, cpu.Use, null, counters.Change, null, 0);
        }
        finally
        {
            foreach (var connection in connections)
                await connection.DisposeAsync();
        }
    }
}
