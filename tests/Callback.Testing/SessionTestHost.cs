using Callback.Sagas.Observability;
using Callback.Sagas.StateMachines;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Testing;

/// <summary>
/// The session saga on MassTransit's in-memory test harness, with a clock the test moves: the saga reads
/// <see cref="Clock"/>, and its timers wait for it in the production Quartz scheduler (<see cref="QuartzInMemoryBus"/>),
/// so <see cref="Advance"/> moves both.
/// </summary>
public sealed class SessionTestHost :
    IAsyncDisposable
{
    /// <summary>A Wednesday in the seed's trace, 08:00 UTC: a plain working day.</summary>
    public static readonly DateTimeOffset Start = new(2014, 7, 30, 8, 0, 0, TimeSpan.Zero);

    readonly ServiceProvider _provider;
    readonly BusClock _time;

    SessionTestHost(ServiceProvider provider, FakeTimeProvider clock, ITestHarness harness)
    {
        _provider = provider;
        Harness = harness;
        Sessions = harness.GetSagaStateMachineHarness<CallbackStateMachine, CallbackSession>();
        _time = new BusClock(clock, harness.Bus, harness.TestTimeout);
    }

    public FakeTimeProvider Clock => _time.Clock;
    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<CallbackStateMachine, CallbackSession> Sessions { get; }
    public CallbackStateMachine Machine => Sessions.StateMachine;
    public IServiceProvider Services => _provider;
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Starts the saga, plus whatever <paramref name="configure"/> adds (consumers of an adapter, say).</summary>
    public static async Task<SessionTestHost> StartAsync(Action<IServiceCollection, IBusRegistrationConfigurator>? configure = null)
    {
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddCallbackMetrics();

        services.AddMassTransitTestHarness(x =>
        {
            x.AddSagaStateMachine<CallbackStateMachine, CallbackSession, CallbackSessionDefinition>();
            configure?.Invoke(services, x);
            x.UsingInMemoryWithQuartz();
        });

        var provider = services.BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();

        // Inactivity ends the harness's message lists; scheduled messages are due only when the test moves time.
        harness.TestInactivityTimeout = TimeSpan.FromSeconds(5);
        await harness.Start();

        return new SessionTestHost(provider, clock, harness);
    }

    /// <summary>
    /// Publishes <paramref name="message"/> and returns once a consumer has completely processed it, so that the
    /// timers its transition armed have been sent to the scheduler before the test moves time.
    /// </summary>
    public Task Publish<T>(T message)
        where T : class => _time.Publish(message);

    /// <summary>
    /// Moves the clock, then waits until every timer that fell due has been processed (and the timers those armed in
    /// turn, when they are due too); see <see cref="BusClock.Advance"/>.
    /// </summary>
    public Task Advance(TimeSpan by) => _time.Advance(by);

    /// <summary>
    /// Waits until the first matching published message has been completely processed where it went: the harness's
    /// lists note a message before what its consumer scheduled has reached the scheduler.
    /// </summary>
    public async Task Processed<T>(Func<T, bool> match)
        where T : class
    {
        await Published(match);
        var messageId = Harness.Published.Select<T>(m => match(m.Context.Message), Now_).First().Context.MessageId!.Value;
        await _time.Processed(messageId, $"the {typeof(T).Name} to be processed");
    }

    /// <summary>Waits until the session is saved in <paramref name="state"/>; fails the test if it never gets there.</summary>
    public async Task<CallbackSession> InState(Guid sessionId, Func<CallbackStateMachine, State> state)
    {
        var found = await Sessions.Exists(sessionId, state, Harness.TestTimeout);
        var session = Sessions.Sagas.Contains(sessionId);
        if (found is null)
            throw new TimeoutException(
                $"Session {sessionId} did not reach {state(Machine).Name}; it is in {session?.CurrentState ?? "no state (it does not exist)"}.");

        return session!;
    }

    /// <summary>The session as it is now.</summary>
    public CallbackSession Session(Guid sessionId) =>
        Sessions.Sagas.Contains(sessionId) ?? throw new InvalidOperationException($"Session {sessionId} does not exist.");

    /// <summary>Waits for the first published <typeparamref name="T"/> that matches; fails the test if none comes.</summary>
    public Task<T> Published<T>(Func<T, bool> match)
        where T : class => WaitFor(() => PublishedSoFar(match) is [var first, ..] ? first : null, $"a published {typeof(T).Name}");

    /// <summary>Waits until the bus has consumed a matching <typeparamref name="T"/>: a sync point for events that change nothing.</summary>
    public Task<T> Consumed<T>(Func<T, bool> match)
        where T : class => WaitFor(() => ConsumedSoFar(match).FirstOrDefault(), $"a consumed {typeof(T).Name}");

    /// <summary>The matching <typeparamref name="T"/> published so far, oldest first, without waiting.</summary>
    public IReadOnlyList<T> PublishedSoFar<T>(Func<T, bool> match)
        where T : class => Snapshot(Harness.Published.Select<T>(m => match(m.Context.Message), Now_)).Select(m => m.Context.Message).ToList();

    /// <summary>
    /// Messages of <typeparamref name="T"/> published about one session so far, oldest first, after waiting for at least one.
    /// </summary>
    public async Task<IReadOnlyList<T>> PublishedFor<T>(Guid sessionId, Func<T, Guid> sessionOf)
        where T : class
    {
        await Published<T>(m => sessionOf(m) == sessionId);
        return PublishedSoFar<T>(m => sessionOf(m) == sessionId);
    }

    /// <summary>
    /// The saga's own list is asked too: a scheduled message is delivered under the id of the <c>ScheduleMessage</c> that
    /// brought it, and the bus-wide list, which keeps one message per id, took that command instead.
    /// </summary>
    IEnumerable<T> ConsumedSoFar<T>(Func<T, bool> match)
        where T : class =>
        Snapshot(Harness.Consumed.Select<T>(m => match(m.Context.Message), Now_))
            .Concat(Snapshot(Sessions.Consumed.Select<T>(m => match(m.Context.Message), Now_)))
            .Select(m => m.Context.Message);

    Task<T> WaitFor<T>(Func<T?> find, string what)
        where T : class => Polling.WaitFor(find, what, Harness.TestTimeout);

    /// <summary>A cancelled token makes the harness's lists return what they hold now instead of waiting for more.</summary>
    static CancellationToken Now_ => new(true);

    static IEnumerable<TElement> Snapshot<TElement>(IEnumerable<TElement> elements) => elements.ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
