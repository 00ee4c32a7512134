using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Sagas;

public static class CallbackDbSagaRepositoryRegistration
{
    /// <summary>
    /// Keeps the saga's instances in <see cref="CallbackDbContext"/> (which <c>AddCallbackDatabase</c> registers), like
    /// <c>.InMemoryRepository()</c> or the official <c>.EntityFrameworkRepository(...)</c> would, through the same
    /// MassTransit registration helpers, so the test harness keeps it and another repository can replace it.
    /// </summary>
    public static ISagaRegistrationConfigurator<TSaga> CallbackDbRepository<TSaga>(this ISagaRegistrationConfigurator<TSaga> configurator)
        where TSaga : class, ISaga, ISagaVersion
    {
        configurator.Repository(repository =>
        {
            repository.RegisterLoadSagaRepository<TSaga, DbSagaRepositoryContextFactory<TSaga>>();
            repository.RegisterQuerySagaRepository<TSaga, DbSagaRepositoryContextFactory<TSaga>>();
            repository.RegisterSagaRepository<TSaga, DbContext, SagaConsumeContextFactory<DbContext, TSaga>, DbSagaRepositoryContextFactory<TSaga>>();
        });

        return configurator;
    }
}
