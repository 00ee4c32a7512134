using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Sagas;

/// <summary>
/// The saga repository on <see cref="CallbackDbContext"/>, behind MassTransit's own factory interfaces so that it can
/// be swapped for another. MassTransit resolves it from the message's service scope, so each delivery, and each retry of
/// one, gets its own <see cref="DbContext"/>. A message's reads and writes share one transaction (joined if the scope's
/// context already has one, as an outbox would); on SQLite that transaction takes the write lock at once, so messages
/// are serialized there, while PostgreSQL and SQL Server rely on the version check. A conflict is thrown as
/// <see cref="SagaConcurrencyException"/>, for the endpoint's message retry to re-run the message on fresh state.
/// </summary>
public sealed class DbSagaRepositoryContextFactory<TSaga>(CallbackDbContext db, ISagaConsumeContextFactory<DbContext, TSaga> consumeContextFactory) :
    ISagaRepositoryContextFactory<TSaga>,
    IQuerySagaRepositoryContextFactory<TSaga>,
    ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga, ISagaVersion
{
    public void Probe(ProbeContext context)
    {
        context.Add("persistence", "callback-db");
        context.Add("provider", db.Provider.ToString());
        context.Add("concurrency", "optimistic (version)");
    }

    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class =>
        WithinTransaction(() =>
        {
            var repositoryContext = new DbSagaRepositoryContext<TSaga, T>(new SagaStore<TSaga>(db), context, consumeContextFactory);
            return next.Send(repositoryContext);
        }, context.CancellationToken);

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        WithinTransaction(async () =>
        {
            var store = new SagaStore<TSaga>(db);
            var instances = await store.Query(query.FilterExpression, context.CancellationToken);
            var repositoryContext = new DbSagaRepositoryContext<TSaga, T>(store, context, consumeContextFactory);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repositoryContext, instances));
        }, context.CancellationToken);

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        asyncMethod(new DbSagaQueryContext<TSaga>(db, cancellationToken));

    public Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        asyncMethod(new DbSagaQueryContext<TSaga>(db, cancellationToken));

    async Task WithinTransaction(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        // Disposing without a commit rolls back: nothing of a failed attempt is kept.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
