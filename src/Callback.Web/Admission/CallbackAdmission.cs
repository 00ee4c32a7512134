using Callback.Sagas.Options;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Microsoft.EntityFrameworkCore;

namespace Callback.Web.Admission;

/// <summary>
/// Whether a service admits one more callback, counted from the sessions in the database: the queue limit, the two
/// throttle rules, the per-number daily limit and in-queue checking, in that order, with GMS's messages. A callback
/// scheduled beyond the execution buffer is not queued yet: GMS exempts it from all of them. The counts are read before
/// the booking commits, so requests racing each other may pass a limit by a few; the slot capacity itself is exact.
/// "Today" is the UTC day.
/// </summary>
public sealed class CallbackAdmission(IDbContextFactory<CallbackDbContext> contexts, ServiceLimitsReader limits, TimeProvider time)
{
    static readonly string[] QueuedStates = [nameof(CallbackStateMachine.WaitingForAgent), nameof(CallbackStateMachine.UserNotified)];

    public async Task<AdmissionRefusal?> Check(ServiceOptions service, string customerNumber, DateTimeOffset? desiredTime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (desiredTime is { } desired && desired - now > service.ExecutionTimeBuffer)
            return null;

        var limit = limits.Read(service.ServiceName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = db.Sessions.AsNoTracking().Where(s => s.ServiceName == service.ServiceName);

        if (limit.MaxQueued == 0 || await Queued(sessions, service, now).CountAsync(cancellationToken) >= limit.MaxQueued)
            return new AdmissionRefusal($"Limit of queued callbacks for {service.ServiceName} is reached.");

        // Rule 1 is reported when both are exceeded.
        foreach (var rule in new[] { limit.First, limit.Second })
        {
            if (rule.IsOff)
                continue;
            var since = now - rule.Window;
            if (rule.Count == 0 || await sessions.CountAsync(s => s.CreatedAt > since, cancellationToken) >= rule.Count)
                return new AdmissionRefusal($"Limit of queued callbacks for {service.ServiceName} is reached for interval {rule.Window.TotalSeconds:0}s.");
        }

        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var ofNumber = sessions.Where(s => s.CustomerNumber == customerNumber);
        if (limit.PerCustomerPerDay == 0 || await ofNumber.CountAsync(s => s.CreatedAt >= today, cancellationToken) >= limit.PerCustomerPerDay)
        {
            return new AdmissionRefusal($"Callback for {RequestKeys.CustomerNumber}={customerNumber} rejected because previous callbacks for this "
                + $"parameter were requested for more than {limit.PerCustomerPerDay} times today.");
        }

        var queuedOfNumber = service.InQueueChecking switch { InQueueChecking.On => 2, InQueueChecking.Strict => 1, _ => int.MaxValue };
        if (queuedOfNumber != int.MaxValue && await Queued(ofNumber, service, now).CountAsync(cancellationToken) >= queuedOfNumber)
        {
            return new AdmissionRefusal($"Callback for {RequestKeys.CustomerNumber}={customerNumber} rejected because {queuedOfNumber} callback(s) "
                + $"for this number are already queued. Check option {OptionNames.EnableInQueueChecking}");
        }

        return null;
    }

    /// <summary>
    /// GMS's QUEUED callbacks: waiting for an agent or for the customer's confirmation, just booked and immediate, or scheduled within the execution
    /// buffer (the service's buffer now; a session keeps the one it was booked with, which differs only after a change).
    /// </summary>
    static IQueryable<CallbackSession> Queued(IQueryable<CallbackSession> sessions, ServiceOptions service, DateTimeOffset now)
    {
        var windowEnd = now + service.ExecutionTimeBuffer;
        return sessions.Where(s => QueuedStates.Contains(s.CurrentState)
            || ((s.CurrentState == nameof(CallbackStateMachine.Scheduled) || s.CurrentState == GmsCallbackState.Initial)
                && (s.DesiredTime == null || s.DesiredTime <= windowEnd)));
    }
}
