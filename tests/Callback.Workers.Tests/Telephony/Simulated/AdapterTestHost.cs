using Callback.Testing;
using Callback.Workers.Telephony.Simulated;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>
/// The simulated adapters on their own, without the saga, on MassTransit's in-memory test harness: the test sends the
/// commands the saga would, and an <see cref="ArrivalRecorder"/> receives the events with the moved clock's time.
/// The bus and the way time moves are <see cref="SessionTestHost"/>'s: <see cref="QuartzInMemoryBus"/> and <see cref="BusClock"/>.
/// </summary>
sealed class AdapterTestHost :
    IAsyncDisposable
{
    readonly ServiceProvider _provider;
    readonly BusClock _time;
    readonly Arrivals _arrivals;

    AdapterTestHost(ServiceProvider provider, FakeTimeProvider clock, ITestHarness harness)
    {
        _provider = provider;
        Harness = harness;
        _time = new BusClock(clock, harness.Bus, harness.TestTimeout);
        _arrivals = provider.GetRequiredService<Arrivals>();
    }

    public ITestHarness Harness { get; }

    public static async Task<AdapterTestHost> StartAsync(SimulatedSettings settings)
    {
        var clock = new FakeTimeProvider(SessionTestHost.Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<Arrivals>();

        services.AddMassTransitTestHarness(x =>
        {
            x.AddSimulatedTelephony(settings.Build());
            x.AddConsumer<ArrivalRecorder>();
            x.UsingInMemoryWithQuartz();
        });

        var provider = services.BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        return new AdapterTestHost(provider, clock, harness);
    }

    /// <summary>
    /// Publishes a command as the saga would and returns once the adapter has completely processed it, so that the
    /// answers it scheduled have been sent to the scheduler before the test moves time.
    /// </summary>
    public Task Publish<T>(T message)
        where T : class => _time.Publish(message);

    /// <summary>Moves the clock and waits for the answers that fell due to arrive, as <see cref="SessionTestHost.Advance"/> does.</summary>
    public Task Advance(TimeSpan by) => _time.Advance(by);

    /// <summary>The first matching event to arrive, after waiting for it; fails the test if none comes.</summary>
    public Task<Arrival<T>> ArrivalOf<T>(Func<T, bool> match)
        where T : class =>
        Polling.WaitFor(() => _arrivals.Of(match) is [var first, ..] ? first : null, $"a {typeof(T).Name} to arrive", Harness.TestTimeout);

    /// <summary>The matching events that have arrived until now, without waiting.</summary>
    public IReadOnlyList<Arrival<T>> ArrivedSoFar<T>(Func<T, bool> match) => _arrivals.Of(match);

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
