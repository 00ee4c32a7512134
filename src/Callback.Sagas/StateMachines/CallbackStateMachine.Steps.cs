using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Timers;
using Callback.Sagas.Contracts.Urs;
using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>The steps that several transitions share: start, dial, notify, reserve, and the two ways to finish.</summary>
public partial class CallbackStateMachine
{
    EventActivityBinder<CallbackSession, T> StartExecution<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder.IfElse(c => c.Saga.Options.WaitForAgent,
            wait => wait
                .TransitionTo(WaitingForAgent)
                .Publish(c => new WaitForAgent
                {
                    SessionId = c.Saga.CorrelationId, ServiceName = c.Saga.ServiceName, Target = c.Saga.Options.Target,
                }),
            dial => dial.Do(Dial));

    EventActivityBinder<CallbackSession, T> ArmFirstExecutionCheck<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder.Schedule(ExecutionCheck, c => new ExecutionCheckDue(c.Saga.CorrelationId),
            c => At(ExecutionStartRule.FirstCheckAt(c.Saga.DesiredTime!.Value, c.Saga.LastKnownEwt, c.Saga.Options)));

    EventActivityBinder<CallbackSession, T> ArmNextExecutionCheck<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder.Schedule(ExecutionCheck, c => new ExecutionCheckDue(c.Saga.CorrelationId),
            c => At(ExecutionStartRule.NextCheckAt(c.Saga.DesiredTime!.Value, c.Saga.LastKnownEwt, c.Saga.Options, Now)));

    EventActivityBinder<CallbackSession, T> NotifyUser<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder
            .Then(c => c.Saga.UserConfirmAttempts++)
            .Then(c => Record(c, "UserNotificationRequested",
                $"attempt {c.Saga.UserConfirmAttempts} of {c.Saga.Options.MaxUserConfirmAttempts} via {c.Saga.DeviceOs ?? "no device"}"))
            .If(c => c.Saga.DeviceOs is not null, push => push.Publish(c => new UserNotificationRequested
            {
                SessionId = c.Saga.CorrelationId,
                DeviceOs = c.Saga.DeviceOs!,
                DeviceNotificationId = c.Saga.DeviceNotificationId,
                Attempt = c.Saga.UserConfirmAttempts,
                MaxDeliveryAttempts = c.Saga.Options.MaxNotifyDeliveryAttempts,
                Dialog = new CallbackDialog
                {
                    Id = c.Saga.CorrelationId.ToString(),
                    Text = c.Saga.Options.Dialogs.AgentAvailable,
                    OkTitle = c.Saga.Options.Dialogs.OkTitle,
                },
            }))
            .Schedule(UserConfirmTimeout, c => new UserConfirmTimeoutExpired(c.Saga.CorrelationId), c => At(Now + c.Saga.Options.UserConfirmTimeout));

    EventActivityBinder<CallbackSession, T> Dial<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder
            .Then(c =>
            {
                c.Saga.DialAttempts++;
                c.Saga.CallId = NewId.NextGuid();
            })
            .TransitionTo(Dialing)
            .Then(c => Record(c, "DialCustomer", $"attempt {c.Saga.DialAttempts} of {c.Saga.Options.MaxDialAttempts}"))
            .Publish(c => new DialCustomer
            {
                SessionId = c.Saga.CorrelationId,
                CallId = c.Saga.CallId!.Value,
                Attempt = c.Saga.DialAttempts,
                CustomerNumber = c.Saga.CustomerNumber,
                RoutePoint = c.Saga.Options.RoutePoint,
                CallProgressDetection = c.Saga.Options.CallProgressDetection,
            })
            .Do(b => NotifyStatus(b, StatusEvents.DialInit))
            .Schedule(CallAnswerTimeout, c => new CallAnswerTimeoutExpired(c.Saga.CorrelationId),
                c => At(Now + c.Saga.Options.AdapterResponseTimeout));

    /// <summary>The call attempt ended without a person on the line: try again later, or give up.</summary>
    EventActivityBinder<CallbackSession, T> RedialOrFail<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder
            .Then(c => c.Saga.CallId = null)
            .IfElse(c => c.Saga.DialAttempts < c.Saga.Options.MaxDialAttempts,
                retry => retry.Schedule(Redial, c => new RedialDue(c.Saga.CorrelationId), c => At(Now + c.Saga.Options.DialRetryTimeout)),
                fail => fail.Do(b => Abandon(b, _ => CallbackReason.FailCallToCustomer)));

    EventActivityBinder<CallbackSession, T> ReserveAgent<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder
            .Then(c => c.Saga.ReservationAttempts++)
            .Publish(c => new ReserveTarget
            {
                SessionId = c.Saga.CorrelationId,
                CallId = c.Saga.CallId!.Value,
                Target = c.Saga.Options.Target,
                ReservationTimeoutSeconds = c.Saga.Options.AgentReserveTimeout.TotalSeconds,
                Attempt = c.Saga.ReservationAttempts,
            })
            .Do(b => NotifyStatus(b, StatusEvents.CustomerQueued))
            .Schedule(AgentReservationTimeout, c => new AgentReservationTimeoutExpired(c.Saga.CorrelationId), c => At(Now + ReservationWait(c.Saga)));

    EventActivityBinder<CallbackSession, T> ReserveAgainOrFail<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder.IfElse(c => c.Saga.ReservationAttempts < c.Saga.Options.MaxTransferToAgentAttempts,
            retry => retry.Do(ReserveAgent),
            fail => fail.Do(b => Abandon(b, _ => CallbackReason.FailAgentConnect)));

    EventActivityBinder<CallbackSession, T> CustomerHungUp<T>(EventActivityBinder<CallbackSession, T> binder)
        where T : class =>
        binder
            .Then(c => Record(c, "CallReleased", "the customer hung up"))
            .Then(c => c.Saga.CallId = null)
            .Do(b => Abandon(b, _ => CallbackReason.FailInteractionDeleted));

    /// <summary>Ends a session that the adapters may still be working on: they are told to stop first.</summary>
    EventActivityBinder<CallbackSession, T> Abandon<T>(EventActivityBinder<CallbackSession, T> binder,
        Func<BehaviorContext<CallbackSession, T>, string> reason)
        where T : class =>
        binder
            .If(c => HoldsRoutingWork(c.Saga), urs => urs.Publish(c => new CancelRouting { SessionId = c.Saga.CorrelationId, Reason = reason(c) }))
            .If(c => c.Saga.CallId is not null, sip => sip.Publish(c => ReleaseCallOf(c.Saga, reason(c))))
            .Do(b => Complete(b, reason));

    EventActivityBinder<CallbackSession, T> Complete<T>(EventActivityBinder<CallbackSession, T> binder,
        Func<BehaviorContext<CallbackSession, T>, string> reason)
        where T : class =>
        binder
            .Then(c =>
            {
                c.Saga.Reason = reason(c);
                c.Saga.CompletedAt = Now;
            })
            .Unschedule(ExecutionCheck)
            .Unschedule(Redial)
            .Unschedule(UserConfirmTimeout)
            .Unschedule(CallAnswerTimeout)
            .Unschedule(AgentReservationTimeout)
            .Unschedule(CallRoutingTimeout)
            .Unschedule(Expiration)
            .TransitionTo(Completed)
            .Publish(c => new CallbackCompleted
            {
                SessionId = c.Saga.CorrelationId, ServiceName = c.Saga.ServiceName, DesiredTime = c.Saga.DesiredTime,
                Reason = c.Saga.Reason!, CompletedAt = c.Saga.CompletedAt!.Value,
            })
            .Do(b => NotifyStatus(b, StatusEvents.ServiceExit));

    /// <summary>
    /// Tells the session's status notification target that it reached <paramref name="statusEvent"/>, in the GMS state it
    /// is in at that point of the transition; nothing when the session sends no status notifications or not this event.
    /// </summary>
    EventActivityBinder<CallbackSession, T> NotifyStatus<T>(EventActivityBinder<CallbackSession, T> binder, string statusEvent)
        where T : class =>
        binder.If(c => NotifiesStatus(c.Saga, statusEvent), notify => notify.Publish(c => StatusNotificationOf(c.Saga, statusEvent)));

    static ReleaseCall ReleaseCallOf(CallbackSession saga, string reason) =>
        new() { SessionId = saga.CorrelationId, CallId = saga.CallId!.Value, Reason = reason };
}
