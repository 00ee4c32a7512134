using System.Collections.Concurrent;
using MassTransit;
using MassTransit.Scheduling;

namespace Callback.Testing;

/// <summary>
/// Follows the bus's timers from what it sends: each <c>ScheduleMessage</c> to the scheduler endpoint arms a timer under
/// its token (under a token already armed, it replaces that timer, as Quartz replaces the trigger); each
/// <c>CancelScheduledMessage</c> takes one back; and the scheduler's own send of a timer, under the id of the command
/// that carried it, marks it sent, which a cancel arriving too late no longer stops. Every command is also remembered
/// until the scheduler is known to have taken it (<see cref="Taken"/>).
/// </summary>
public sealed class TimerTracker :
    ISendObserver
{
    readonly ConcurrentDictionary<Guid, ScheduledTimer> _armed = new();
    readonly ConcurrentDictionary<Guid, ScheduledTimer> _scheduled = new();
    readonly ConcurrentDictionary<Guid, ScheduledTimer> _sent = new();
    readonly ConcurrentDictionary<Guid, SchedulerCommand> _commands = new();

    /// <summary>The timers due by <paramref name="moment"/> that are on their way: armed, or sent already.</summary>
    public IReadOnlyList<ScheduledTimer> DueBy(DateTimeOffset moment) => [.. _armed.Values.Where(t => t.Due <= moment).Union(_sent.Values)];

    /// <summary>Whether <paramref name="timer"/> will still be delivered: it has been sent, or it is armed and not replaced.</summary>
    public bool IsComing(ScheduledTimer timer) =>
        _sent.ContainsKey(timer.MessageId) || (_armed.TryGetValue(timer.TokenId, out var armed) && armed == timer);

    /// <summary>Forgets a timer that has been processed or will not come; a token scheduled again meanwhile stays armed.</summary>
    public void Forget(ScheduledTimer timer)
    {
        _armed.TryRemove(KeyValuePair.Create(timer.TokenId, timer));
        _sent.TryRemove(timer.MessageId, out _);
    }

    /// <summary>The commands sent that the scheduler has not been seen taking yet.</summary>
    public IReadOnlyList<SchedulerCommand> Commands => [.. _commands.Values];

    public void Taken(SchedulerCommand command) => _commands.TryRemove(command.MessageId, out _);

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        if (context is not { MessageId: { } messageId, DestinationAddress: { } destination })
            return Task.CompletedTask;

        switch (context.Message)
        {
            case ScheduleMessage schedule:
                var timer = new ScheduledTimer(schedule.CorrelationId, new DateTimeOffset(DateTime.SpecifyKind(schedule.ScheduledTime, DateTimeKind.Utc)),
                    messageId, InputAddress(destination), NameOf(schedule));
                _commands[messageId] = new SchedulerCommand(messageId, timer.Scheduler, nameof(ScheduleMessage));
                _scheduled[messageId] = timer;
                _armed[timer.TokenId] = timer;
                break;
            case CancelScheduledMessage cancel:
                _commands[messageId] = new SchedulerCommand(messageId, InputAddress(destination), nameof(CancelScheduledMessage));
                _armed.TryRemove(cancel.TokenId, out _);
                break;
            default:
                if (_scheduled.TryGetValue(messageId, out var sent))
                    _sent[messageId] = sent;
                break;
        }

        return Task.CompletedTask;
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    /// <summary>The endpoint's input address, which a receive reports: the send address without the transport's query (<c>?bind=true</c>).</summary>
    static Uri InputAddress(Uri destination) => new(destination.GetLeftPart(UriPartial.Path));

    /// <summary>The scheduled message's type as a test reads it: <c>RedialDue</c>, not <c>urn:message:...:RedialDue</c>.</summary>
    static string NameOf(ScheduleMessage schedule) => schedule.PayloadType.FirstOrDefault()?.Split(':')[^1] ?? "a message";
}
