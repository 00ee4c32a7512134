using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>How the session saga's endpoint consumes: retried, and with its messages held until the state is saved.</summary>
public class CallbackSessionDefinition :
    SagaDefinition<CallbackSession>
{
    public CallbackSessionDefinition()
    {
        Endpoint(e => e.Name = "callback-session");
    }

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<CallbackSession> sagaConfigurator,
        IRegistrationContext context)
    {
        // An adapter's event can overtake the start request that created its session (see OnMissingInstance), and
        // two events of one session can collide on save: both are settled by trying again shortly after.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000));

        // Publishes and schedules of a transition leave only after the transition succeeded.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
