using Callback.Sagas.Observability;
using Callback.Sagas.StateMachines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Callback.Sagas.Tests.StateMachines;

/// <summary>The state machine on its own, outside any bus: for specs that read its shape (states, events), not run it.</summary>
static class StandaloneMachine
{
    public static CallbackStateMachine Create() =>
        new(TimeProvider.System, new ServiceCollection().AddCallbackMetrics().BuildServiceProvider().GetRequiredService<CallbackMetrics>(),
            NullLogger<CallbackStateMachine>.Instance);
}
