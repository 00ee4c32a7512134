using Callback.Sagas.Contracts.Urs;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// URS without a contact center: answers the saga's routing commands with the events a real URS adapter sends, at
/// the times the <see cref="CallOutcomePlanner"/> gives. It keeps no state: every answer is planned when the command
/// arrives and handed to the message scheduler, so any number of instances can share the queue.
/// </summary>
public sealed class SimulatedUrsConsumer(CallOutcomePlanner planner, TimeProvider time, ILogger<SimulatedUrsConsumer> logger) :
    IConsumer<EstimateWaitTime>,
    IConsumer<WaitForAgent>,
    IConsumer<ReserveTarget>,
    IConsumer<CancelRouting>
{
    /// <summary>The switch the simulated agents' DNs live on, as a routing destination names it.</summary>
    const string Switch = "SIP_Server";

    public Task Consume(ConsumeContext<EstimateWaitTime> context)
    {
        var request = context.Message;
        return context.Publish(new EwtReported
        {
            SessionId = request.SessionId,
            Target = request.Target,
            EwtSeconds = planner.EwtOf(request.Target).TotalSeconds,
            MeasuredAt = time.GetUtcNow(),
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<WaitForAgent> context)
    {
        var wait = context.Message;
        var after = planner.AgentAvailableAfter(wait.Target);
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Simulated URS: an agent of {Target} is available for session {SessionId} in {Delay}", wait.Target, wait.SessionId, after);

        // The dialing-notification model: URS says "time to dial" before it knows which agent takes the call.
        return context.PublishAfter(time, after, new AgentAvailable
        {
            SessionId = wait.SessionId,
            Target = wait.Target,
            At = time.GetUtcNow() + after,
        });
    }

    public Task Consume(ConsumeContext<ReserveTarget> context)
    {
        var reserve = context.Message;
        var reservation = planner.PlanReservation(reserve.Target);
        var at = time.GetUtcNow() + reservation.After;
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Simulated URS: reservation {Attempt} of session {SessionId} gets {Agent} in {Delay}", reserve.Attempt, reserve.SessionId,
                reservation.AgentDn ?? "no agent", reservation.After);

        return reservation.AgentDn is { } agentDn
            ? context.PublishAfter(time, reservation.After, new TargetReserved
            {
                SessionId = reserve.SessionId,
                Attempt = reserve.Attempt,
                AgentId = $"agent-{agentDn}",
                Destination = $"{agentDn}@{Switch}",
                At = at,
            })
            : context.PublishAfter(time, reservation.After, new TargetNotReserved
            {
                SessionId = reserve.SessionId,
                Attempt = reserve.Attempt,
                Reason = $"No agent of {reserve.Target} is free",
                At = at,
            });
    }

    /// <summary>
    /// Nothing to drop: the simulation queues nothing. Answers it has already scheduled still arrive, and the ended
    /// session ignores them, as it must when a real URS's answer crosses the cancel.
    /// </summary>
    public Task Consume(ConsumeContext<CancelRouting> context)
    {
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Simulated URS: session {SessionId} no longer needs an agent ({Reason})", context.Message.SessionId, context.Message.Reason);

        return Task.CompletedTask;
    }
}
