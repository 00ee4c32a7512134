using Callback.Testing;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The timers that Quartz's database job store holds (<c>qrtz_triggers</c>): one trigger per scheduling token, named
/// by the token (<c>"N"</c> format), deleted once it has fired or been cancelled.
/// </summary>
public sealed class StoredTriggers(PostgresDatabase database)
{
    /// <summary>Every trigger in the store, by scheduling token, with the time it fires next (none once it will not fire again).</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> Pending()
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT trigger_name, next_fire_time FROM qrtz_triggers";
        await using var reader = await command.ExecuteReaderAsync();

        var triggers = new Dictionary<Guid, DateTimeOffset?>();
        while (await reader.ReadAsync())
        {
            // Quartz keeps times as UTC ticks.
            triggers[Guid.ParseExact(reader.GetString(0), "N")] = reader.IsDBNull(1) ? null : new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
        }

        return triggers;
    }
}
