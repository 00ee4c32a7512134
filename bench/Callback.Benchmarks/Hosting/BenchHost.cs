using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Callback.Benchmarks.Hosting;

/// <summary>
/// A host for one measured composition, configured only by the keys given (no appsettings, no environment), so that a
/// run measures what it says. Warnings and errors still reach the console: a benchmark that fails quietly lies.
/// </summary>
public static class BenchHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> compose)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        compose(builder.Services, builder.Configuration);
        return builder.Build();
    }
}
