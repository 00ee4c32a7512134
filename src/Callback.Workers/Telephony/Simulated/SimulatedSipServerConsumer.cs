using Callback.Sagas.Contracts.Sip;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// SIP Server without a switch: places no call, but answers the saga's call commands with the events a real SIP
/// Server adapter sends, at the times a real call would produce them (<see cref="CallOutcomePlanner"/>). It keeps no
/// state: every event is planned when the command arrives and handed to the message scheduler, so any number of
/// instances can share the queue.
/// </summary>
public sealed class SimulatedSipServerConsumer(CallOutcomePlanner planner, TimeProvider time, ILogger<SimulatedSipServerConsumer> logger) :
    IConsumer<DialCustomer>,
    IConsumer<RouteCall>,
    IConsumer<ReleaseCall>
{
    public async Task Consume(ConsumeContext<DialCustomer> context)
    {
        var dial = context.Message;
        var call = planner.PlanCall(dial.CustomerNumber, dial.Attempt);
        var now = time.GetUtcNow();

        // The customer's number stays out of the log: it is personal data.
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Simulated SIP Server: call {CallId} of session {SessionId}, attempt {Attempt}, ends {Outcome} in {Delay}", dial.CallId,
                dial.SessionId, dial.Attempt, call.Outcome, call.After);

        if (call.Rings)
            await context.Publish(new CallDialing { SessionId = dial.SessionId, CallId = dial.CallId, At = now }, context.CancellationToken);

        if (call.IsAnswered)
        {
            await context.PublishAfter(time, call.After, new CallAnswered
            {
                SessionId = dial.SessionId,
                CallId = dial.CallId,
                Result = dial.CallProgressDetection ? DetectedResult(call.Outcome) : CallProgressResult.Unknown,
                At = now + call.After,
            });
        }
        else
        {
            await context.PublishAfter(time, call.After, new CallFailed
            {
                SessionId = dial.SessionId,
                CallId = dial.CallId,
                Reason = FailureReason(call.Outcome),
                At = now + call.After,
            });
        }
    }

    public Task Consume(ConsumeContext<RouteCall> context)
    {
        var route = context.Message;
        var routing = planner.PlanRouting();
        var at = time.GetUtcNow() + routing.After;
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Simulated SIP Server: call {CallId} of session {SessionId} to {AgentId} is {Result} in {Delay}", route.CallId, route.SessionId,
                route.AgentId, routing.IsRouted ? "connected" : "not answered", routing.After);

        return routing.IsRouted
            ? context.PublishAfter(time, routing.After, new CallRouted
            {
                SessionId = route.SessionId,
                CallId = route.CallId,
                AgentId = route.AgentId,
                At = at,
            })
            : context.PublishAfter(time, routing.After, new CallRoutingFailed
            {
                SessionId = route.SessionId,
                CallId = route.CallId,
                Reason = $"{route.AgentId} did not answer at {route.Destination}",
                At = at,
            });
    }

    /// <summary>
    /// The call ends at once. An answer or failure already scheduled for it still arrives later; the saga recognises
    /// it by its call id, as it must when a real call ends while its events are on the way.
    /// </summary>
    public Task Consume(ConsumeContext<ReleaseCall> context)
    {
        var release = context.Message;
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Simulated SIP Server: call {CallId} of session {SessionId} released ({Reason})", release.CallId, release.SessionId,
                release.Reason);

        return context.Publish(new CallReleased { SessionId = release.SessionId, CallId = release.CallId, At = time.GetUtcNow() },
            context.CancellationToken);
    }

    /// <summary>What call-progress detection hears; only asked of an answered call.</summary>
    static CallProgressResult DetectedResult(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Human => CallProgressResult.Human,
        CallOutcome.AnsweringMachine => CallProgressResult.AnsweringMachine,
        CallOutcome.Fax => CallProgressResult.Fax,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "The call was not answered."),
    };

    /// <summary>Why an unanswered call failed; only asked of a call that was not answered.</summary>
    static CallFailureReason FailureReason(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Busy => CallFailureReason.Busy,
        CallOutcome.NoAnswer => CallFailureReason.NoAnswer,
        CallOutcome.Rejected => CallFailureReason.Rejected,
        CallOutcome.NetworkError => CallFailureReason.NetworkError,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "The call was answered."),
    };
}
