using Callback.Sagas.StateMachines;
using MassTransit;
using MassTransit.InMemoryTransport;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Testing;

/// <summary>
/// The session saga on MassTransit's in-memory test harness, with a clock the test moves: the saga reads
/// <see cref="Clock"/> and its timers wait on the in-memory delay provider, and <see cref="Advance"/> moves both.
/// </summary>
public sealed class SessionTestHost :
    IAsyncDisposable
{
    /// <summary>A Wednesday in the seed's trace, 08:00 UTC: a plain working day.</summary>
    public static readonly DateTimeOffset Start = new(2014, 7, 30, 8, 0, 0, TimeSpan.Zero);

    readonly ServiceProvider _provider;
    readonly IInMemoryDelayProvider _delays;
    readonly ReceiveTracker _received = new();
    readonly TimerTracker _timers;

    SessionTestHost(ServiceProvider provider, FakeTimeProvider clock, ITestHarness harness)
    {
        _provider = provider;
        Clock = clock;
        Harness = harness;
        Sessions = harness.GetSagaStateMachineHarness<CallbackStateMachine, CallbackSession>();
        _delays = provider.GetRequiredService<IInMemoryDelayProvider>();
        _timers = new TimerTracker(clock);
        harness.Bus.ConnectReceiveObserver(_received);
        harness.Bus.ConnectSendObserver(_timers);
        harness.Bus.ConnectPublishObserver(_timers);
    }

    public FakeTimeProvider Clock { get; }
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
            .AddSingleton<TimeProvider>(clock);

        services.AddMassTransitTestHarness(x =>
        {
            x.AddSagaStateMachine<CallbackStateMachine, CallbackSession, CallbackSessionDefinition>();
            configure?.Invoke(services, x);
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
    /// timers its transition armed are registered before the test moves time.
    /// </summary>
    public async Task Publish<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(message, context => context.MessageId = messageId);
        await WaitFor(() => _received.IsDone(messageId) ? message : null, $"{typeof(T).Name} to be processed");
    }

    /// <summary>
    /// Moves the saga's clock and the scheduler's delays together, then waits until every timer that fell due has
    /// been processed (and the timers those armed in turn, when they are due too). Delays the transport registered
    /// before this call are flushed first, so a timer armed by the last transition is never skipped over.
    /// </summary>
    public async Task Advance(TimeSpan by)
    {
        await _delays.Delay(TimeSpan.Zero);
        Clock.Advance(by);
        await _delays.Advance(by);

        while (_timers.DueBy(Now) is { Count: > 0 } due)
        {
            foreach (var timer in due)
            {
                await WaitFor(() => _received.IsDone(timer) ? this : null, "a timer that fell due to be processed");
                _timers.Forget(timer);
            }

            await _delays.Delay(TimeSpan.Zero);
        }
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
        where T : class => WaitFor(() => Snapshot(Harness.Consumed.Select<T>(m => match(m.Context.Message), Now_)).Select(m => m.Context.Message).FirstOrDefault(),
        $"a consumed {typeof(T).Name}");

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
    /// Polls like the harness's own <c>Exists</c> does. The harness's <c>Any</c> is not used: once the bus has been
    /// quiet for the inactivity timeout it stops waiting for new messages, which makes slow machines fail tests.
    /// </summary>
    async Task<T> WaitFor<T>(Func<T?> find, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (true)
        {
            var found = find();
            if (found is not null)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {Harness.TestTimeout} for {what}; none came.");
            await Task.Delay(10);
        }
    }

    /// <summary>A cancelled token makes the harness's lists return what they hold now instead of waiting for more.</summary>
    static CancellationToken Now_ => new(true);

    static IEnumerable<TElement> Snapshot<TElement>(IEnumerable<TElement> elements) => elements.ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
