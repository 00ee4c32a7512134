using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Callback.Workers.Telephony.Simulated;

public static class SimulatedTelephonyRegistration
{
    /// <summary>
    /// Adds the simulated URS and SIP Server: consumers of the saga's commands on the <c>simulated-urs</c> and
    /// <c>simulated-sip-server</c> queues, with their behaviour read from <c>Telephony:Simulated</c> of
    /// <paramref name="configuration"/> (the application's configuration; without it, the defaults). Their delayed
    /// events go through the bus's message scheduler, which the bus must therefore have.
    /// </summary>
    public static IBusRegistrationConfigurator AddSimulatedTelephony(this IBusRegistrationConfigurator configurator,
        IConfiguration? configuration = null)
    {
        var options = configurator.AddOptions<SimulatedTelephonyOptions>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(SimulatedTelephonyOptions.SectionName));

        options.ValidateOnStart();
        configurator.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SimulatedTelephonyOptions>, SimulatedTelephonyOptionsValidator>());

        // One planner for all consumers: a seed then gives one repeatable sequence, not one per message.
        configurator.TryAddSingleton<CallOutcomePlanner>();
        configurator.TryAddSingleton(TimeProvider.System);

        configurator.AddConsumer<SimulatedUrsConsumer, SimulatedUrsConsumerDefinition>();
        configurator.AddConsumer<SimulatedSipServerConsumer, SimulatedSipServerConsumerDefinition>();

        return configurator;
    }
}
