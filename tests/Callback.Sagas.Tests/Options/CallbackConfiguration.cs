using Callback.Sagas.Options;
using Microsoft.Extensions.Configuration;

namespace Callback.Sagas.Tests.Options;

/// <summary>Builds the <c>Callback</c> configuration an operator would write, for the options reader to read.</summary>
sealed class CallbackConfiguration
{
    public const string Target = "Billing@Stat_Server.GA";

    readonly Dictionary<string, string?> values = [];

    /// <summary>A service that sets only what it cannot do without, its target, plus <paramref name="options"/>.</summary>
    public CallbackConfiguration Service(string name, params (string Option, string Value)[] options) =>
        ServiceWithoutTarget(name, [(OptionNames.Target, Target), .. options]);

    public CallbackConfiguration ServiceWithoutTarget(string name, params (string Option, string Value)[] options)
    {
        // A section exists only through a value beneath it; GMS service sections carry _type, which we do not model.
        values[$"{ServiceOptionsReader.ServicesSection}:{name}:_type"] = "ors";
        foreach (var (option, value) in options)
            values[$"{ServiceOptionsReader.ServicesSection}:{name}:{option}"] = value;

        return this;
    }

    public CallbackConfiguration Defaults(params (string Option, string Value)[] options)
    {
        foreach (var (option, value) in options)
            values[$"{ServiceOptionsReader.DefaultsSection}:{option}"] = value;

        return this;
    }

    public OptionsResult<ServiceOptions> Read(string serviceName) =>
        new ServiceOptionsReader(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).Read(serviceName);

    /// <summary>Reads a service that is expected to read without errors.</summary>
    public ServiceOptions ReadValid(string serviceName)
    {
        var result = Read(serviceName);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Value;
    }
}
