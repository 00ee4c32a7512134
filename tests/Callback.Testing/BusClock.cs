using MassTransit;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Testing;

/// <summary>
/// The test's clock and the timers of a bus built by <see cref="QuartzInMemoryBus"/>: their scheduler waits for them on
/// this clock, so moving it is what makes them fall due. <see cref="Advance"/> returns only once every timer it made
/// due has been processed; it knows them from the commands the bus sends the scheduler (<see cref="TimerTracker"/>) and
/// from what the endpoints have completely processed (<see cref="ReceiveTracker"/>).
/// </summary>
public sealed class BusClock
{
    readonly IBus _bus;
    readonly TimeSpan _timeout;
    readonly ReceiveTracker _received = new();
    readonly TimerTracker _timers = new();

    /// <param name="timeout">How long a wait for the bus may take before it fails the test: real time, not the clock's.</param>
    public BusClock(FakeTimeProvider clock, IBus bus, TimeSpan timeout)
    {
        Clock = clock;
        _bus = bus;
        _timeout = timeout;
        bus.ConnectReceiveObserver(_received);
        bus.ConnectSendObserver(_timers);
    }

    public FakeTimeProvider Clock { get; }
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Publishes <paramref name="message"/> and returns once a consumer has completely processed it, so that the timers
    /// it armed have been sent to the scheduler before the test moves time.
    /// </summary>
    public async Task Publish<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await _bus.Publish(message, context => context.MessageId = messageId);
        await Processed(messageId, $"the {typeof(T).Name} to be processed");
    }

    /// <summary>Waits until an endpoint has completely processed the message <paramref name="messageId"/>.</summary>
    public Task Processed(Guid messageId, string what) => Polling.WaitFor(() => _received.IsDone(messageId), what, _timeout);

    /// <summary>
    /// Moves the clock, then waits until every timer that fell due has been processed, and the timers those armed in
    /// turn when they are due too. Quartz is first given every schedule and cancel sent so far, so a timer cancelled
    /// before the move cannot fire. A timer that reaches Quartz only after the move is due already, and Quartz fires a
    /// trigger whose time has passed at once. A due timer that one processed before it cancels is not waited for,
    /// unless the scheduler had sent it already.
    /// </summary>
    public async Task Advance(TimeSpan by)
    {
        foreach (var command in _timers.Commands)
        {
            await Polling.WaitFor(() => _received.DoneBy(command.MessageId).Contains(command.Scheduler),
                $"the scheduler to take the {command}", _timeout);
            _timers.Taken(command);
        }

        Clock.Advance(by);

        while (_timers.DueBy(Now) is { Count: > 0 } due)
        {
            foreach (var timer in due)
            {
                await Polling.WaitFor(() => IsProcessed(timer) || !_timers.IsComing(timer), $"the {timer} to be processed", _timeout);
                _timers.Forget(timer);
            }
        }
    }

    /// <summary>The scheduler endpoint took the command under the same id: the delivery is what another endpoint processed.</summary>
    bool IsProcessed(ScheduledTimer timer) => _received.DoneBy(timer.MessageId).Any(endpoint => endpoint != timer.Scheduler);
}
