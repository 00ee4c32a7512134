using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Timers;
using Callback.Sagas.Contracts.Urs;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.StateMachines;

/// <summary>
/// One callback session of the user-terminated scenarios (Immediate, Delayed, Scheduled), as in the design's table:
/// <c>Scheduled → WaitingForAgent → UserNotified → Dialing → HumanDetected → Routed → Completed</c>.
/// Adapters' events about an earlier call, reservation or timer are recognised by their ids and ignored, so late
/// and duplicate events never move a session backwards.
/// </summary>
public partial class CallbackStateMachine :
    MassTransitStateMachine<CallbackSession>
{
    readonly TimeProvider _time;

    public CallbackStateMachine(TimeProvider time, ILogger<CallbackStateMachine> logger)
    {
        _time = time;

        InstanceState(x => x.CurrentState);

        Event(() => CallbackRequested, e => e.CorrelateById(m => m.Message.SessionId));
        Event(() => CancelRequested, BySession);
        Event(() => RescheduleRequested, BySession);
        Event(() => UserConfirmed, BySession);
        Event(() => EwtReported, BySession);
        Event(() => AgentAvailable, BySession);
        Event(() => TargetReserved, BySession);
        Event(() => TargetNotReserved, BySession);
        Event(() => CallDialing, BySession);
        Event(() => CallAnswered, BySession);
        Event(() => CallFailed, BySession);
        Event(() => CallRouted, BySession);
        Event(() => CallRoutingFailed, BySession);
        Event(() => CallReleased, BySession);
        Event(() => PushDelivered, BySession);
        Event(() => PushDeliveryFailed, BySession);

        Schedule(() => ExecutionCheck, x => x.ExecutionCheckToken, s => s.Received = BySession);
        Schedule(() => Redial, x => x.RedialToken, s => s.Received = BySession);
        Schedule(() => UserConfirmTimeout, x => x.UserConfirmTimeoutToken, s => s.Received = BySession);
        Schedule(() => CallAnswerTimeout, x => x.CallAnswerTimeoutToken, s => s.Received = BySession);
        Schedule(() => AgentReservationTimeout, x => x.AgentReservationTimeoutToken, s => s.Received = BySession);
        Schedule(() => CallRoutingTimeout, x => x.CallRoutingTimeoutToken, s => s.Received = BySession);
        Schedule(() => Expiration, x => x.ExpirationToken, s => s.Received = BySession);

        ConnectStateObserver(new SessionHistoryRecorder(time));

        // A late or duplicate event in a state that has no use for it is expected in a distributed system: log it,
        // change nothing, and let the message be acknowledged.
        OnUnhandledEvent(context =>
        {
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("Session {SessionId} in {State} ignored {Event}", context.Saga.CorrelationId, context.Saga.CurrentState,
                    context.Event.Name);
            return Task.CompletedTask;
        });

        Initially(
            When(CallbackRequested)
                .Then(Accept)
                .Do(b => NotifyStatus(b, StatusEvents.ServiceCreate))
                .TransitionTo(Scheduled)
                .Schedule(Expiration, c => new SessionExpired(c.Saga.CorrelationId), c => At(c.Saga.ExpirationTime))
                .IfElse(IsImmediate,
                    immediate => immediate.Do(StartExecution),
                    scheduled => scheduled.Do(ArmFirstExecutionCheck)));

        During(Scheduled,
            When(ExecutionCheck.Received)
                .IfElse(IsDueToStart,
                    start => start.Do(StartExecution),
                    wait => wait
                        .If(IsInExecutionWindow, ask => ask.Publish(c => new EstimateWaitTime
                        {
                            SessionId = c.Saga.CorrelationId, Target = c.Saga.Options.Target,
                        }))
                        .Do(ArmNextExecutionCheck)),
            When(EwtReported, IsNewerEwtOfTarget)
                .Then(c => TakeEwt(c.Saga, c.Message))
                .IfElse(IsDueToStart,
                    start => start.Unschedule(ExecutionCheck).Do(StartExecution),
                    wait => wait.Do(ArmNextExecutionCheck)),
            When(RescheduleRequested)
                .Then(Reschedule)
                .Schedule(Expiration, c => new SessionExpired(c.Saga.CorrelationId), c => At(c.Saga.ExpirationTime))
                .Do(ArmFirstExecutionCheck));

        During(WaitingForAgent,
            When(AgentAvailable)
                .IfElse(c => c.Saga.Options.WaitForUserConfirm,
                    confirm => confirm.TransitionTo(UserNotified).Do(NotifyUser),
                    dial => dial.Do(Dial)),
            When(EwtReported, IsNewerEwtOfTarget)
                .Then(c => TakeEwt(c.Saga, c.Message)));

        During(UserNotified,
            When(UserConfirmed)
                .Unschedule(UserConfirmTimeout)
                .Do(Dial),
            When(UserConfirmTimeout.Received)
                .IfElse(MayNotifyUserAgain,
                    again => again.Do(NotifyUser),
                    expired => expired.IfElse(ConnectsAnyway,
                        dial => dial.Then(c => Record(c, "UserConfirmTimeout", "CONNECT-ANYWAY")).Do(Dial),
                        fail => fail.Do(b => Abandon(b, _ => CallbackReason.FailUserNoConfirm)))));

        During(Dialing,
            When(CallDialing, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Then(c => Record(c, "CallDialing", $"attempt {c.Saga.DialAttempts}")),
            When(CallAnswered, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Unschedule(CallAnswerTimeout)
                .Do(b => NotifyStatus(b, StatusEvents.DialDone))
                .IfElse(IsPerson,
                    person => person.TransitionTo(HumanDetected).Do(ReserveAgent),
                    machine => machine
                        .Then(c => Record(c, "CallAnswered", $"{c.Message.Result} on attempt {c.Saga.DialAttempts}"))
                        .Publish(c => ReleaseCallOf(c.Saga, c.Message.Result.ToString()))
                        .Do(RedialOrFail)),
            When(CallFailed, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Unschedule(CallAnswerTimeout)
                .Do(b => NotifyStatus(b, StatusEvents.DialDone))
                .Then(c => Record(c, "CallFailed", $"{c.Message.Reason} on attempt {c.Saga.DialAttempts}"))
                .Do(RedialOrFail),
            When(CallAnswerTimeout.Received)
                .Then(c => Record(c, "CallAnswerTimeout", $"no word from SIP Server on attempt {c.Saga.DialAttempts}"))
                .Publish(c => ReleaseCallOf(c.Saga, "NoResponse"))
                .Do(RedialOrFail),
            When(Redial.Received)
                .Do(Dial));

        During(HumanDetected,
            When(TargetReserved, c => c.Message.Attempt == c.Saga.ReservationAttempts)
                .Unschedule(AgentReservationTimeout)
                .Then(c => c.Saga.AgentId = c.Message.AgentId)
                .Do(b => NotifyStatus(b, StatusEvents.TargetFound))
                .TransitionTo(Routed)
                .Publish(c => new RouteCall
                {
                    SessionId = c.Saga.CorrelationId, CallId = c.Saga.CallId!.Value, AgentId = c.Message.AgentId,
                    Destination = c.Message.Destination,
                })
                .Do(b => NotifyStatus(b, StatusEvents.RouteToAgent))
                .Schedule(CallRoutingTimeout, c => new CallRoutingTimeoutExpired(c.Saga.CorrelationId),
                    c => At(Now + c.Saga.Options.AdapterResponseTimeout)),
            When(TargetNotReserved, c => c.Message.Attempt == c.Saga.ReservationAttempts)
                .Unschedule(AgentReservationTimeout)
                .Then(c => Record(c, "TargetNotReserved", c.Message.Reason))
                .Do(ReserveAgainOrFail),
            When(AgentReservationTimeout.Received)
                .Then(c => Record(c, "AgentReservationTimeout", $"attempt {c.Saga.ReservationAttempts}"))
                .Do(ReserveAgainOrFail),
            When(CallReleased, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Do(CustomerHungUp));

        During(Routed,
            When(CallRouted, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Unschedule(CallRoutingTimeout)
                .Do(b => Complete(b, _ => CallbackReason.AgentConnected)),
            When(CallRoutingFailed, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Unschedule(CallRoutingTimeout)
                .TransitionTo(HumanDetected)
                .Then(c => Record(c, "CallRoutingFailed", c.Message.Reason))
                .Do(ReserveAgainOrFail),
            When(CallRoutingTimeout.Received)
                .TransitionTo(HumanDetected)
                .Then(c => Record(c, "CallRoutingTimeout", $"agent {c.Saga.AgentId}"))
                .Do(ReserveAgainOrFail),
            When(CallReleased, c => IsCurrentCall(c.Saga, c.Message.CallId))
                .Do(CustomerHungUp));

        During(Running,
            When(CancelRequested)
                .Do(b => Abandon(b, c => c.Message.Reason))
                .Do(b => NotifyStatus(b, StatusEvents.CallbackCancelled)),
            When(Expiration.Received)
                .Do(b => Abandon(b, _ => CallbackReason.FailTimeoutTtl)));

        During(Started,
            When(RescheduleRequested)
                .Then(c => Record(c, "RescheduleRejected", $"desired time {c.Message.DesiredTime:O}"))
                .Publish(c => new RescheduleRejected
                {
                    SessionId = c.Saga.CorrelationId, ServiceName = c.Saga.ServiceName, DesiredTime = c.Message.DesiredTime,
                    State = GmsCallbackState.Of(c.Saga.CurrentState),
                }));

        // A delivery may end after the session did (retries take minutes), so its outcome is recorded in any state.
        DuringAny(
            When(PushDelivered)
                .Then(c => Record(c, "PushDelivered", DeliveredDetail(c.Message))),
            When(PushDeliveryFailed)
                .Then(c => Record(c, "PushDeliveryFailed", FailedDetail(c.Message))));
    }

    public State Scheduled { get; private set; } = null!;
    public State WaitingForAgent { get; private set; } = null!;
    public State UserNotified { get; private set; } = null!;
    public State Dialing { get; private set; } = null!;
    public State HumanDetected { get; private set; } = null!;
    public State Routed { get; private set; } = null!;
    public State Completed { get; private set; } = null!;

    /// <summary>Every state before <see cref="Completed"/>: a session here can still be cancelled or expire.</summary>
    IEnumerable<State> Running => [Scheduled, WaitingForAgent, UserNotified, Dialing, HumanDetected, Routed];

    /// <summary>Every state after <see cref="Scheduled"/>: too late to move the desired time.</summary>
    IEnumerable<State> Started => [WaitingForAgent, UserNotified, Dialing, HumanDetected, Routed, Completed];

    public Event<CallbackRequested> CallbackRequested { get; private set; } = null!;
    public Event<CancelRequested> CancelRequested { get; private set; } = null!;
    public Event<RescheduleRequested> RescheduleRequested { get; private set; } = null!;
    public Event<UserConfirmed> UserConfirmed { get; private set; } = null!;
    public Event<EwtReported> EwtReported { get; private set; } = null!;
    public Event<AgentAvailable> AgentAvailable { get; private set; } = null!;
    public Event<TargetReserved> TargetReserved { get; private set; } = null!;
    public Event<TargetNotReserved> TargetNotReserved { get; private set; } = null!;
    public Event<CallDialing> CallDialing { get; private set; } = null!;
    public Event<CallAnswered> CallAnswered { get; private set; } = null!;
    public Event<CallFailed> CallFailed { get; private set; } = null!;
    public Event<CallRouted> CallRouted { get; private set; } = null!;
    public Event<CallRoutingFailed> CallRoutingFailed { get; private set; } = null!;
    public Event<CallReleased> CallReleased { get; private set; } = null!;
    public Event<PushDelivered> PushDelivered { get; private set; } = null!;
    public Event<PushDeliveryFailed> PushDeliveryFailed { get; private set; } = null!;

    public Schedule<CallbackSession, ExecutionCheckDue> ExecutionCheck { get; private set; } = null!;
    public Schedule<CallbackSession, RedialDue> Redial { get; private set; } = null!;
    public Schedule<CallbackSession, UserConfirmTimeoutExpired> UserConfirmTimeout { get; private set; } = null!;
    public Schedule<CallbackSession, CallAnswerTimeoutExpired> CallAnswerTimeout { get; private set; } = null!;
    public Schedule<CallbackSession, AgentReservationTimeoutExpired> AgentReservationTimeout { get; private set; } = null!;
    public Schedule<CallbackSession, CallRoutingTimeoutExpired> CallRoutingTimeout { get; private set; } = null!;
    public Schedule<CallbackSession, SessionExpired> Expiration { get; private set; } = null!;
}
