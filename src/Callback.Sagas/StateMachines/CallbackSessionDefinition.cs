using System.Data.Common;
using System.Reflection;
using Callback.Sagas.Contracts;
using Callback.Sagas.Persistence.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Sagas.StateMachines;

/// <summary>
/// How the session saga's endpoint consumes: one session's messages one at a time within a process, retried (and
/// redelivered later through an outage), and with their outgoing messages held until the state is saved.
/// </summary>
public class CallbackSessionDefinition :
    SagaDefinition<CallbackSession>
{
    const int Partitions = 32;

    static readonly TimeSpan[] RedeliveryIntervals =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)];

    static readonly MethodInfo PartitionBySessionMethod =
        typeof(CallbackSessionDefinition).GetMethod(nameof(PartitionBySession), BindingFlags.NonPublic | BindingFlags.Static)!;

    public CallbackSessionDefinition()
    {
        Endpoint(e =>
        {
            e.Name = "callback-session";
            e.PrefetchCount = 64;
        });
        ConcurrentMessageLimit = Partitions;
    }

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<CallbackSession> sagaConfigurator,
        IRegistrationContext context)
    {
        // A database or broker outage outlasts the retries below: the message comes back later through the scheduler
        // instead of going to the error queue. Only such failures: an event for an unknown session is not one of them.
        endpointConfigurator.UseScheduledRedelivery(r =>
        {
            r.Handle<DbException>();
            r.Handle<DbUpdateException>(e => e.InnerException is DbException);
            r.Handle<TimeoutException>();
            r.Intervals(RedeliveryIntervals);
        });

        // An adapter's event can overtake the start request that created its session (see OnMissingInstance), and
        // events of one session handled by two processes can collide on save: both are settled by trying again.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000));

        // A transition's publishes and schedules leave only after its state is saved: with the database, through the
        // transactional outbox (saved with the state, sent after the commit, and duplicates of a consumed message
        // skipped); without it, held in memory until the transition succeeded.
        if (context.HasCallbackOutbox())
            endpointConfigurator.UseCallbackOutbox(context);
        else
            endpointConfigurator.UseInMemoryOutbox(context);

        // Within a process, a session's events wait for each other instead of colliding on save and using up retries.
        var partitioner = endpointConfigurator.CreatePartitioner(Partitions);
        foreach (var messageType in SessionEventTypes(context.GetRequiredService<CallbackStateMachine>()))
            PartitionBySessionMethod.MakeGenericMethod(messageType).Invoke(null, [sagaConfigurator, partitioner]);
    }

    static IEnumerable<Type> SessionEventTypes(CallbackStateMachine machine) =>
        machine.Events
            .Select(e => e.GetType().GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Event<>))?.GetGenericArguments()[0])
            .OfType<Type>()
            .Where(t => typeof(ISessionMessage).IsAssignableFrom(t))
            .Distinct();

    static void PartitionBySession<T>(ISagaConfigurator<CallbackSession> saga, IPartitioner partitioner)
        where T : class, ISessionMessage =>
        saga.Message<T>(m => m.UsePartitioner(partitioner, c => c.Message.SessionId));
}
