using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Sagas;

/// <summary>
/// Reads outside any message (<see cref="ILoadSagaRepository{TSaga}"/>, <see cref="IQuerySagaRepository{TSaga}"/>: the
/// test harness's <c>Exists</c>, a query API): untracked, and a query's expression is translated to SQL that returns ids.
/// </summary>
public sealed class DbSagaQueryContext<TSaga>(DbContext db, CancellationToken cancellationToken) :
    BasePipeContext(cancellationToken),
    QuerySagaRepositoryContext<TSaga>,
    LoadSagaRepositoryContext<TSaga>
    where TSaga : class, ISaga
{
    public async Task<TSaga> Load(Guid correlationId) =>
        (await db.Set<TSaga>().AsNoTracking().SingleOrDefaultAsync(x => x.CorrelationId == correlationId, CancellationToken))!;

    public async Task<SagaRepositoryQueryContext<TSaga>> Query(ISagaQuery<TSaga> query, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression).Select(x => x.CorrelationId).ToListAsync(cancellationToken);
        return new DefaultSagaRepositoryQueryContext<TSaga>(this, ids);
    }
}
