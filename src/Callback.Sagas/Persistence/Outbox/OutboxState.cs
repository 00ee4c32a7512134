namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// One committed <see cref="CallbackUnitOfWork"/> whose messages still wait for the broker: the row a delivery service
/// locks, so that only one sends the unit's messages at a time, in order; deleted with them once they were sent.
/// </summary>
public sealed class OutboxState
{
    public Guid OutboxId { get; set; }

    /// <summary>When the unit of work stored its first message; units are delivered oldest first.</summary>
    public DateTimeOffset Created { get; set; }
}
