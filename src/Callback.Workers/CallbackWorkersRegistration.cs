using Callback.Sagas.Messaging.Scheduling;
using Callback.Sagas.Observability;
using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.Persistence.Sagas;
using Callback.Sagas.StateMachines;
using Callback.Workers.Telephony;
using Callback.Workers.Telephony.Simulated;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Workers;

public static class CallbackWorkersRegistration
{
    /// <summary>
    /// Everything a worker process runs: the callback session saga on the database (<c>Database:*</c>), the scheduler endpoint that keeps its timers and,
    /// with <c>Telephony:Mode = Simulated</c>, the simulated URS and SIP Server. The web tier calls this too when it is
    /// the whole system in one process. With <c>Workers:Role = Simulator</c> the process is the simulator alone.
    /// </summary>
    public static IBusRegistrationConfigurator AddCallbackWorkers(this IBusRegistrationConfigurator configurator, IConfiguration configuration)
    {
        if (WorkerRole.Of(configuration) == WorkerRole.Simulator)
            return configurator.AddSimulatedTelephony(configuration);

        configurator.TryAddSingleton(TimeProvider.System);
        configurator.AddCallbackMetrics();

        configurator.AddCallbackDatabase(configuration);
        configurator.AddCallbackOutbox(configuration);
        configurator.AddSagaStateMachine<CallbackStateMachine, CallbackSession, CallbackSessionDefinition>()
            .CallbackDbRepository();

        configurator.AddQuartzSchedulerEndpoint(configuration);

        if (TelephonyMode.Of(configuration) == TelephonyMode.Simulated)
            configurator.AddSimulatedTelephony(configuration);

        return configurator;
    }
}
