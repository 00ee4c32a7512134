using System.Reflection;
using Callback.Sagas.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Sagas.StateMachines;

/// <summary>
/// How the session saga's endpoint consumes: one session's messages one at a time within a process, retried, and with
/// their outgoing messages held until the state is saved.
/// </summary>
public class CallbackSessionDefinition :
    SagaDefinition<CallbackSession>
{
    const int Partitions = 32;

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
        // An adapter's event can overtake the start request that created its session (see OnMissingInstance), and
        // events of one session handled by two processes can collide on save: both are settled by trying again.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000));

        // Publishes and schedules of a transition leave only after the transition succeeded.
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
