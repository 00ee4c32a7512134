using Callback.Sagas.Contracts;
using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Urs;
using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>How events change the session's data, and the clock the session reads.</summary>
public partial class CallbackStateMachine
{
    DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// A timer's due time, read off the session's clock: MassTransit's <see cref="TimeSpan"/> overloads add the delay to
    /// <c>DateTime.UtcNow</c>, a clock the session does not read. A moment that has passed is due now.
    /// </summary>
    DateTime At(DateTimeOffset moment) => (moment > Now ? moment : Now).UtcDateTime;

    void Accept(BehaviorContext<CallbackSession, CallbackRequested> c)
    {
        var request = c.Message;
        var saga = c.Saga;

        saga.ServiceName = request.ServiceName;
        saga.CustomerNumber = request.CustomerNumber;
        saga.DesiredTime = request.DesiredTime;
        // A session the web tier stored with its booking keeps the time it was created there (and answered with).
        if (saga.CreatedAt == default)
            saga.CreatedAt = Now;
        saga.Options = request.Options;
        saga.UserData = new Dictionary<string, string>(request.UserData);
        saga.DeviceOs = request.DeviceOs;
        saga.DeviceNotificationId = request.DeviceNotificationId;
        saga.ExpirationTime = (saga.DesiredTime ?? saga.CreatedAt) + saga.Options.Ttl;
    }

    void Reschedule(BehaviorContext<CallbackSession, RescheduleRequested> c)
    {
        var saga = c.Saga;
        saga.DesiredTime = c.Message.DesiredTime;
        saga.ExpirationTime = c.Message.DesiredTime + saga.Options.Ttl;

        foreach (var (key, value) in c.Message.UserData)
        {
            if (value.Length == 0)
                saga.UserData.Remove(key);
            else
                saga.UserData[key] = value;
        }

        Record(c, "Rescheduled", $"desired time {c.Message.DesiredTime:O}");
    }

    static void TakeEwt(CallbackSession saga, EwtReported report)
    {
        saga.LastKnownEwt = TimeSpan.FromSeconds(Math.Max(0, report.EwtSeconds));
        saga.EwtMeasuredAt = report.MeasuredAt;
    }

    StatusNotificationRequested StatusNotificationOf(CallbackSession saga, string statusEvent) => new()
    {
        SessionId = saga.CorrelationId,
        ServiceName = saga.ServiceName,
        Event = statusEvent,
        CallbackState = GmsCallbackState.Of(saga, Now),
        CallbackReason = saga.Reason,
        CustomerNumber = saga.CustomerNumber,
        At = Now,
        Target = saga.Options.StatusNotification!.Target,
        MaxDeliveryAttempts = saga.Options.MaxNotifyDeliveryAttempts,
    };

    static string DeliveredDetail(PushDelivered delivered) =>
        $"{delivered.Notification} via {delivered.Channel} to {delivered.Destination}: attempt {delivered.Attempt} of {delivered.MaxAttempts}, {delivered.Outcome}";

    static string FailedDetail(PushDeliveryFailed failed) =>
        $"{failed.Notification} via {failed.Channel}{(failed.Destination is null ? "" : " to " + failed.Destination)}: "
        + $"attempt {failed.Attempt} of {failed.MaxAttempts} failed, {failed.Error}; "
        + (failed.NextAttemptAt is { } next ? $"next attempt at {next:O}" : "given up");

    /// <summary>Adds a notable event within the current state to the history; state changes are recorded by <see cref="SessionHistoryRecorder"/>.</summary>
    void Record(BehaviorContext<CallbackSession> c, string eventName, string? detail = null) =>
        c.Saga.History.Add(new SessionHistoryEntry(Now, eventName, c.Saga.CurrentState, c.Saga.CurrentState, detail));

    static void BySession<T>(IEventCorrelationConfigurator<CallbackSession, T> e)
        where T : class, ISessionMessage
    {
        e.CorrelateById(m => m.Message.SessionId);

        // Only the start request creates a session. Any other event for an unknown session arrived before its
        // session was saved (or names a session that never existed): fail it, so retries and the error queue keep
        // it, instead of MassTransit's default of dropping it without a trace.
        e.OnMissingInstance(m => m.Fault());
    }
}
