using Callback.Sagas.Contracts.Sip;
using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>The conditions the transitions test, named for what they decide.</summary>
public partial class CallbackStateMachine
{
    const string ConnectAnyway = "CONNECT-ANYWAY";

    static bool IsImmediate<T>(BehaviorContext<CallbackSession, T> c)
        where T : class => c.Saga.DesiredTime is null;

    bool IsDueToStart<T>(BehaviorContext<CallbackSession, T> c)
        where T : class => ExecutionStartRule.IsDue(c.Saga.DesiredTime, c.Saga.LastKnownEwt, Now);

    bool IsInExecutionWindow<T>(BehaviorContext<CallbackSession, T> c)
        where T : class => ExecutionStartRule.IsInWindow(c.Saga.DesiredTime!.Value, c.Saga.LastKnownEwt, c.Saga.Options, Now);

    /// <summary>EWT reports can overtake each other: only a newer measurement of the session's own target counts.</summary>
    static bool IsNewerEwtOfTarget(BehaviorContext<CallbackSession, Contracts.Urs.EwtReported> c) =>
        c.Message.Target == c.Saga.Options.Target && (c.Saga.EwtMeasuredAt is null || c.Message.MeasuredAt > c.Saga.EwtMeasuredAt);

    static bool MayNotifyUserAgain<T>(BehaviorContext<CallbackSession, T> c)
        where T : class => c.Saga.UserConfirmAttempts < c.Saga.Options.MaxUserConfirmAttempts;

    static bool ConnectsAnyway<T>(BehaviorContext<CallbackSession, T> c)
        where T : class => string.Equals(c.Saga.Options.OnUserConfirmTimeout, ConnectAnyway, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the session sends status notifications, and this event among them (an empty list means every event).</summary>
    static bool NotifiesStatus(CallbackSession saga, string statusEvent) =>
        saga.Options.StatusNotification is { } notification
        && (notification.Events.Count == 0 || notification.Events.Contains(statusEvent, StringComparer.OrdinalIgnoreCase));

    /// <summary>An event about an earlier call attempt (or after the call ended) is stale.</summary>
    static bool IsCurrentCall(CallbackSession saga, Guid callId) => saga.CallId == callId;

    /// <summary>Undetected results count as a person: someone who answers and stays silent is still a customer.</summary>
    static bool IsPerson(BehaviorContext<CallbackSession, CallAnswered> c) =>
        c.Message.Result is CallProgressResult.Human or CallProgressResult.Unknown;

    /// <summary>Whether URS holds something for the session: a virtual interaction in the queue or a reserved agent.</summary>
    bool HoldsRoutingWork(CallbackSession saga) =>
        saga.CurrentState == WaitingForAgent.Name
        || saga.CurrentState == UserNotified.Name
        || saga.CurrentState == HumanDetected.Name
        || saga.CurrentState == Routed.Name
        || (saga.CurrentState == Dialing.Name && saga.Options.WaitForAgent);

    /// <summary>
    /// How long URS may take to reserve an agent: the reservation timeout when URS already announced one (Delayed);
    /// the longest a customer may hold on the line when the call was placed first.
    /// </summary>
    static TimeSpan ReservationWait(CallbackSession saga) =>
        saga.Options.WaitForAgent ? saga.Options.AgentReserveTimeout : saga.Options.MaxWaitForAgentOnCall;
}
