using Callback.Sagas.Persistence.Outbox;
using Callback.Testing;
using Microsoft.EntityFrameworkCore;

namespace Callback.Integration.Tests.Harness;

/// <summary>The transactional outbox as the workers left it: which messages were consumed, which delivered, and what still waits to be sent.</summary>
public sealed class StoredOutbox(PostgresDatabase database)
{
    public async Task<IReadOnlyList<InboxState>> Inbox()
    {
        await using var db = database.Contexts.CreateDbContext();
        return await db.InboxStates.AsNoTracking().ToListAsync();
    }

    /// <summary>The message types (their URNs) waiting in the outbox, in the order they will be sent.</summary>
    public async Task<IReadOnlyList<string>> Waiting()
    {
        await using var db = database.Contexts.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.SequenceNumber).Select(m => m.MessageType).ToListAsync();
    }
}
