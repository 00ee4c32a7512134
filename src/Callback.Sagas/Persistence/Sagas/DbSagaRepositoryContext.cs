using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Sagas;

/// <summary>
/// What MassTransit's saga pipes call while one message is delivered (see <see cref="SagaRepositoryContext{TSaga,TMessage}"/>):
/// <c>Insert</c> (null if the instance exists, so the pipe loads it instead), <c>Load</c>, <c>Save</c> after <c>Add</c>,
/// <c>Update</c>, <c>Delete</c>, <c>Discard</c> and <c>Undo</c>, all on the message's one <see cref="SagaStore{TSaga}"/>.
/// </summary>
public sealed class DbSagaRepositoryContext<TSaga, TMessage> :
    ConsumeContextScope<TMessage>,
    SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISaga, ISagaVersion
    where TMessage : class
{
    readonly ConsumeContext<TMessage> _context;
    readonly SagaStore<TSaga> _store;
    readonly ISagaConsumeContextFactory<DbContext, TSaga> _factory;

    public DbSagaRepositoryContext(SagaStore<TSaga> store, ConsumeContext<TMessage> context, ISagaConsumeContextFactory<DbContext, TSaga> factory)
        : base(context, store.DbContext)
    {
        _store = store;
        _context = context;
        _factory = factory;
    }

    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        _factory.CreateSagaConsumeContext(_store.DbContext, _context, instance, SagaConsumeContextMode.Add);

    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance) =>
        await _store.TryInsert(instance, CancellationToken)
            ? await _factory.CreateSagaConsumeContext(_store.DbContext, _context, instance, SagaConsumeContextMode.Insert)
            : null!;

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId) =>
        await _store.Load(correlationId, CancellationToken) is { } instance
            ? await _factory.CreateSagaConsumeContext(_store.DbContext, _context, instance, SagaConsumeContextMode.Load)
            : null!;

    public Task Save(SagaConsumeContext<TSaga> context) => _store.Save(context.Saga, CancellationToken);

    public Task Update(SagaConsumeContext<TSaga> context) => _store.Update(context.Saga, CancellationToken);

    public Task Delete(SagaConsumeContext<TSaga> context) => _store.Delete(context.Saga, CancellationToken);

    public Task Discard(SagaConsumeContext<TSaga> context)
    {
        _store.Discard(context.Saga);
        return Task.CompletedTask;
    }

    public Task Undo(SagaConsumeContext<TSaga> context)
    {
        _store.Undo(context.Saga);
        return Task.CompletedTask;
    }

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        _factory.CreateSagaConsumeContext(_store.DbContext, consumeContext, instance, mode);
}
