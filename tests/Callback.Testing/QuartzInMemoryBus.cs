using Callback.Sagas.Messaging.Scheduling;
using MassTransit;

namespace Callback.Testing;

/// <summary>
/// The bus of the test hosts: MassTransit's in-memory transport with the production Quartz scheduler endpoint on a RAM
/// job store for its timers. Quartz runs on the container's <see cref="TimeProvider"/>, which a test registers as its
/// fake clock: a timer fires when the test moves that clock past it, and only then (see <see cref="BusClock"/>).
/// </summary>
public static class QuartzInMemoryBus
{
    /// <summary>
    /// Call inside <c>AddMassTransitTestHarness</c>, which then adds no delayed scheduler of its own;
    /// <paramref name="configure"/> adds to the bus's configuration (a test's send filter, say).
    /// </summary>
    public static void UsingInMemoryWithQuartz(this IBusRegistrationConfigurator configurator,
        Action<IBusRegistrationContext, IInMemoryBusFactoryConfigurator>? configure = null)
    {
        // Quartz keeps its schedulers in one repository per process, by name, and tests run side by side.
        var instanceName = $"callback-tests-{Guid.NewGuid():N}";
        void Configure(MessageSchedulerOptions options)
        {
            options.JobStore = SchedulerJobStore.InMemory;
            options.InstanceName = instanceName;
        }

        configurator.AddQuartzSchedulerEndpoint(configure: Configure);
        configurator.AddQuartzMessageScheduler(configure: Configure);
        configurator.UsingInMemory((context, cfg) =>
        {
            cfg.UseQuartzMessageScheduler(context);
            configure?.Invoke(context, cfg);
            cfg.ConfigureEndpoints(context);
        });
    }
}
