using Callback.Testing;
using Callback.Workers.Telephony.Simulated;
using MassTransit;
using MassTransit.InMemoryTransport;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>
/// The simulated adapters on their own, without the saga, on MassTransit's in-memory test harness: the test sends the
/// commands the saga would, and an <see cref="ArrivalRecorder"/> receives the events with the moved clock's time.
/// Time moves as in <see cref="SessionTestHost"/>.
/// </summary>
sealed class AdapterTestHost :
    IAsyncDisposable
{
    readonly ServiceProvider _provider;
    readonly FakeTimeProvider _clock;
    readonly IInMemoryDelayProvider _delays;
    readonly Arrivals _arrivals;
    readonly ReceiveTracker _received = new();

    AdapterTestHost(ServiceProvider provider, FakeTimeProvider clock, ITestHarness harness)
    {
        _provider = provider;
        _clock = clock;
        Harness = harness;
        _delays = provider.GetRequiredService<IInMemoryDelayProvider>();
        _arrivals = provider.GetRequiredService<Arrivals>();
        harness.Bus.ConnectReceiveObserver(_received);
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
        });

        var provider = services.BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        return new AdapterTestHost(provider, clock, harness);
    }

    /// <summary>
    /// Publishes a command as the saga would and returns once the adapter has completely processed it, so that the
    /// answers it scheduled are registered with the scheduler before the test moves time.
    /// </summary>
    public async Task Publish<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(message, context => context.MessageId = messageId);
        await WaitFor(() => _received.IsDone(messageId), $"the {typeof(T).Name} to be processed");
    }

    /// <summary>Moves the clock and the scheduler's delays together, as <see cref="SessionTestHost.Advance"/> does.</summary>
    public async Task Advance(TimeSpan by)
    {
        await _delays.Delay(TimeSpan.Zero);
        _clock.Advance(by);
        await _delays.Advance(by);
    }

    /// <summary>The first matching event to arrive, after waiting for it; fails the test if none comes.</summary>
    public async Task<Arrival<T>> ArrivalOf<T>(Func<T, bool> match)
        where T : class
    {
        await WaitFor(() => _arrivals.Of(match).Count > 0, $"a {typeof(T).Name} to arrive");
        return _arrivals.Of(match)[0];
    }

    /// <summary>The matching events that have arrived until now, without waiting.</summary>
    public IReadOnlyList<Arrival<T>> ArrivedSoFar<T>(Func<T, bool> match) => _arrivals.Of(match);

    /// <summary>
    /// Polls, as <see cref="SessionTestHost"/> does: the harness's <c>Any</c> stops waiting for good once the bus has
    /// been quiet for its inactivity timeout, which fails tests on a slow machine.
    /// </summary>
    async Task WaitFor(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {Harness.TestTimeout} for {what}; none came.");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
