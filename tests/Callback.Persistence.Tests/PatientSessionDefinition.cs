using Callback.Sagas.StateMachines;
using MassTransit;

namespace Callback.Persistence.Tests;

/// <summary>
/// The session endpoint as <see cref="CallbackSessionDefinition"/> sets it up, but with enough retries for a message to
/// lose the race to every other message of a burst of 20 for the same session.
/// </summary>
public class PatientSessionDefinition :
    SagaDefinition<CallbackSession>
{
    public PatientSessionDefinition()
    {
        Endpoint(e => e.Name = "callback-session");
    }

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<CallbackSession> sagaConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Interval(25, TimeSpan.FromMilliseconds(20)));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
