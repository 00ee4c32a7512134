using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Serialization;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// One database transaction for a request's changes and the messages it publishes (the bus outbox): <see cref="Db"/> is
/// in the transaction; <see cref="Publish{T}"/> and <see cref="Send{T}"/> store the message, exactly as MassTransit
/// would have sent it, as an <see cref="OutboxMessage"/> row in it; <see cref="CommitAsync"/> commits the changes and the
/// messages together and wakes <see cref="BusOutboxDeliveryService"/>, which sends them after the commit. Disposing
/// without a commit rolls everything back and sends nothing. Scoped: one per request; not thread-safe, like a DbContext.
/// </summary>
public sealed class CallbackUnitOfWork :
    OutboxSendContext,
    IAsyncDisposable
{
    readonly CallbackDbContext _db;
    readonly IBus _bus;
    readonly BusOutboxSignal _signal;
    readonly IServiceProvider _provider;
    readonly TimeProvider _time;
    readonly Guid _outboxId = NewId.NextGuid();
    IDbContextTransaction? _transaction;
    IPublishEndpoint? _publishEndpoint;
    ISendEndpointProvider? _sendEndpoints;
    bool _stored;
    bool _committed;

    public CallbackUnitOfWork(IDbContextFactory<CallbackDbContext> contexts, IBus bus, BusOutboxSignal signal, IServiceProvider provider, TimeProvider time)
    {
        _db = contexts.CreateDbContext();
        // A failed SaveChanges fails the request, whose transaction is rolled back whole, so EF Core's automatic
        // savepoint around each SaveChanges protects nothing and costs two round trips; SlotBookings sets its own
        // savepoints where it recovers from a duplicate key.
        _db.Database.AutoSavepointsEnabled = false;
        _bus = bus;
        _signal = signal;
        _provider = provider;
        _time = time;
    }

    /// <summary>
    /// The context of this unit of work, in its transaction. The transaction begins on first use; touching this property
    /// first begins it synchronously, so an asynchronous caller may prefer <see cref="BeginAsync"/> before.
    /// </summary>
    public CallbackDbContext Db
    {
        get
        {
            ThrowIfCommitted();
            _transaction ??= _db.Database.BeginTransaction();
            return _db;
        }
    }

    /// <summary>Begins the transaction now, if it has not begun yet.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfCommitted();
        _transaction ??= await _db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Stores the message for publishing after the commit: to the message type's exchange, as <see cref="IPublishEndpoint.Publish{T}(T,CancellationToken)"/> would.</summary>
    public async Task Publish<T>(T message, CancellationToken cancellationToken = default)
        where T : class
    {
        await BeginAsync(cancellationToken);
        _publishEndpoint ??= new PublishEndpoint(new OutboxPublishEndpointProvider(this, _bus));
        await _publishEndpoint.Publish(message, cancellationToken);
    }

    /// <summary>Stores the message for sending to <paramref name="destination"/> after the commit.</summary>
    public async Task Send<T>(Uri destination, T message, CancellationToken cancellationToken = default)
        where T : class
    {
        await BeginAsync(cancellationToken);
        _sendEndpoints ??= new OutboxSendEndpointProvider(this, _bus);
        var endpoint = await _sendEndpoints.GetSendEndpoint(destination);
        await endpoint.Send(message, cancellationToken);
    }

    /// <summary>
    /// Saves the context's changes and commits them with the stored messages, then hands the messages to delivery. Once
    /// this returns, the messages are sent even if the process stops right away: another process's sweep finds them.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await BeginAsync(cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
        _committed = true;

        if (_stored)
            _signal.Wake();
    }

    /// <summary>Called by MassTransit's outbox endpoints with the message's send context, complete with envelope and serializer.</summary>
    public Task AddSend<T>(SendContext<T> context)
        where T : class
    {
        var now = _time.GetUtcNow();
        var message = OutboxMessage.Capture(context, SystemTextJsonMessageSerializer.Instance, now);
        message.OutboxId = _outboxId;

        if (!_stored)
            _db.OutboxStates.Add(new OutboxState { OutboxId = _outboxId, Created = now });
        _db.OutboxMessages.Add(message);
        _stored = true;

        return Task.CompletedTask;
    }

    public object? GetService(Type serviceType) => _provider.GetService(serviceType);

    public async ValueTask DisposeAsync()
    {
        // A transaction disposed without its commit rolls back.
        if (_transaction is not null)
            await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }

    void ThrowIfCommitted()
    {
        if (_committed)
            throw new InvalidOperationException("The unit of work was committed; begin another one for more changes.");
    }
}
