using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Web.Tests;

/// <summary>
/// The web application as <c>dotnet run --project src/Callback.Web</c> starts it (in-memory bus, SQLite, simulated
/// telephony, the preconfigured services), on a SQLite folder of its own and a clock the test moves, through the real
/// HTTP pipeline. <paramref name="settings"/> add configuration (keys as in appsettings.json); with
/// <paramref name="realTime"/> the app keeps the system clock, for runs whose timers must fire on their own;
/// <paramref name="services"/> adds to or replaces the app's services (a log capture, say).
/// </summary>
public sealed class GenesysApiHost(IReadOnlyDictionary<string, string?>? settings = null, bool realTime = false,
    Action<IServiceCollection>? services = null) :
    WebApplicationFactory<Program>
{
    /// <summary>A Wednesday morning, inside the preconfigured office hours.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("callback-web-");

    public FakeTimeProvider Clock { get; } = new(Start);

    public DateTimeOffset Now => Clock.GetUtcNow();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:DataFolder", _data.FullName);
        // Quartz keeps its schedulers by name, once per process, and hosts of tests side by side must not share one.
        builder.UseSetting("Scheduler:InstanceName", $"web-tests-{Guid.NewGuid():N}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);

        if (!realTime)
            builder.ConfigureTestServices(test => test.AddSingleton<TimeProvider>(Clock));
        if (services is not null)
            builder.ConfigureTestServices(services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory disposes through both Dispose and DisposeAsync.
        if (disposing && Directory.Exists(_data.FullName))
            _data.Delete(recursive: true);
    }
}
