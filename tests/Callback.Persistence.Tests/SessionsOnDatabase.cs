using Callback.Sagas.Observability;
using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.Persistence.Sagas;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Persistence.Tests;

/// <summary>
/// The session saga on MassTransit's in-memory test harness, with its instances in a <see cref="TestDatabase"/>
/// through <c>.CallbackDbRepository()</c> and the endpoint configured by <see cref="CallbackSessionDefinition"/>
/// (message retry, the transactional outbox on the same database) as in production.
/// </summary>
public sealed class SessionsOnDatabase :
    IAsyncDisposable
{
    readonly ServiceProvider _provider;

    SessionsOnDatabase(ServiceProvider provider, TestDatabase database, FakeTimeProvider clock)
    {
        _provider = provider;
        Database = database;
        Clock = clock;
        Harness = provider.GetRequiredService<ITestHarness>();
        Sessions = Harness.GetSagaStateMachineHarness<CallbackStateMachine, CallbackSession>();
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; }
    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<CallbackStateMachine, CallbackSession> Sessions { get; }
    public CallbackStateMachine Machine => Sessions.StateMachine;
    public DateTimeOffset Now => Clock.GetUtcNow();
    public IServiceProvider Services => _provider;

    public static async Task<SessionsOnDatabase> Start(TestDatabase database,
        Action<IBusRegistrationContext, IInMemoryBusFactoryConfigurator>? configureBus = null)
    {
        var clock = new FakeTimeProvider(SessionTestHost.Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddCallbackDatabase(database.Configuration())
            .AddCallbackOutbox(database.Configuration())
            .AddCallbackMetrics();

        services.AddMassTransitTestHarness(x =>
        {
            x.AddSagaStateMachine<CallbackStateMachine, CallbackSession, CallbackSessionDefinition>()
                .CallbackDbRepository();
            x.UsingInMemoryWithQuartz(configureBus);
        });

        var provider = services.BuildServiceProvider(true);
        var host = new SessionsOnDatabase(provider, database, clock);
        await host.Harness.Start();
        return host;
    }

    /// <summary>The session as the database has it now, read on a context of its own; null if there is none.</summary>
    public async Task<CallbackSession?> Stored(Guid sessionId)
    {
        await using var db = Database.Context();
        return await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == sessionId);
    }

    /// <summary>
    /// Waits until the stored session satisfies <paramref name="condition"/>. The saga repository increments the
    /// version once per processed message, so <c>s =&gt; s.Version == n</c> waits for exactly n messages.
    /// </summary>
    public async Task<CallbackSession> StoredWhen(Guid sessionId, Func<CallbackSession, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (true)
        {
            var session = await Stored(sessionId);
            if (session is not null && condition(session))
                return session;
            if (DateTime.UtcNow > deadline)
            {
                var faults = Harness.Published.Select<Fault>(new CancellationToken(true))
                    .Select(m => m.Context.Message.Exceptions.FirstOrDefault()?.Message).ToList();
                throw new TimeoutException($"Waited {Harness.TestTimeout} for session {sessionId} to be {what}; it is "
                    + (session is null ? "not stored" : $"in {session.CurrentState} at version {session.Version}")
                    + $"; {faults.Count} message(s) faulted: {string.Join(" | ", faults)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The faults published so far for <typeparamref name="T"/>: a message that failed even after its retries.</summary>
    public IReadOnlyList<Fault<T>> FaultsSoFar<T>()
        where T : class =>
        Harness.Published.Select<Fault<T>>(new CancellationToken(true)).Select(m => m.Context.Message).ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
