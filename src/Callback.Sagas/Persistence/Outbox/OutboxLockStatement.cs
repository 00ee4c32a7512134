namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// The query that takes the oldest committed units of work for one delivery pass, locked until its transaction ends.
/// Rows another process holds are skipped rather than waited for, so several processes deliver side by side and never
/// send the same unit at once. SQLite has no row locks: it serves one process, whose passes run one after another.
/// </summary>
public static class OutboxLockStatement
{
    public static string For(DatabaseProvider provider, int limit) =>
        provider switch
        {
            DatabaseProvider.Postgres => $"SELECT * FROM outbox_state ORDER BY created LIMIT {limit} FOR UPDATE SKIP LOCKED",
            DatabaseProvider.SqlServer => $"SELECT TOP ({limit}) * FROM outbox_state WITH (UPDLOCK, READPAST, ROWLOCK) ORDER BY created",
            DatabaseProvider.Sqlite => $"SELECT * FROM outbox_state ORDER BY created LIMIT {limit}",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
}
