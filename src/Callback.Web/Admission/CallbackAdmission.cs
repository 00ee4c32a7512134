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
/// "Today" is the UTC day. The counts are read on the caller's context (the start's unit of work), so a request takes
/// one pooled connection, not two, and all of them in one query: one scan of the service's sessions, one round trip.
/// </summary>
public sealed class CallbackAdmission(ServiceLimitsReader limits, TimeProvider time)
{
    static readonly string[] QueuedStates = [nameof(CallbackStateMachine.WaitingForAgent), nameof(CallbackStateMachine.UserNotified)];

    public async Task<AdmissionRefusal?> Check(CallbackDbContext db, ServiceOptions service, string customerNumber, DateTimeOffset? desiredTime,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (desiredTime is { } desired && desired - now > service.ExecutionTimeBuffer)
            return null;

        var limit = limits.Read(service.ServiceName);
        var counts = await Count(db, service, customerNumber, limit, now, cancellationToken);

        if (limit.MaxQueued == 0 || counts.Queued >= limit.MaxQueued)
            return new AdmissionRefusal($"Limit of queued callbacks for {service.ServiceName} is reached.");

        // Rule 1 is reported when both are exceeded.
        foreach (var (rule, created) in new[] { (limit.First, counts.WithinFirstWindow), (limit.Second, counts.WithinSecondWindow) })
        {
            if (rule.IsOff)
                continue;
            if (rule.Count == 0 || created >= rule.Count)
                return new AdmissionRefusal($"Limit of queued callbacks for {service.ServiceName} is reached for interval {rule.Window.TotalSeconds:0}s.");
        }

        if (limit.PerCustomerPerDay == 0 || counts.OfNumberToday >= limit.PerCustomerPerDay)
        {
            return new AdmissionRefusal($"Callback for {RequestKeys.CustomerNumber}={customerNumber} rejected because previous callbacks for this "
                + $"parameter were requested for more than {limit.PerCustomerPerDay} times today.");
        }

        var queuedOfNumber = service.InQueueChecking switch { InQueueChecking.On => 2, InQueueChecking.Strict => 1, _ => int.MaxValue };
        if (queuedOfNumber != int.MaxValue && counts.OfNumberQueued >= queuedOfNumber)
        {
            return new AdmissionRefusal($"Callback for {RequestKeys.CustomerNumber}={customerNumber} rejected because {queuedOfNumber} callback(s) "
                + $"for this number are already queued. Check option {OptionNames.EnableInQueueChecking}");
        }

        return null;
    }

    /// <summary>Every count the checks need, as conditional counts of one query; all zero for a service without sessions.</summary>
    static async Task<SessionCounts> Count(CallbackDbContext db, ServiceOptions service, string customerNumber, ServiceLimits limit,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sinceFirst = now - limit.First.Window;
        var sinceSecond = now - limit.Second.Window;
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var windowEnd = now + service.ExecutionTimeBuffer;

        return await db.Sessions.AsNoTracking()
            .Where(s => s.ServiceName == service.ServiceName)
            .Select(s => new
            {
                s.ServiceName,
                s.CreatedAt,
                OfNumber = s.CustomerNumber == customerNumber,
                Queued = QueuedStates.Contains(s.CurrentState)
                    || ((s.CurrentState == nameof(CallbackStateMachine.Scheduled) || s.CurrentState == GmsCallbackState.Initial)
                        && (s.DesiredTime == null || s.DesiredTime <= windowEnd)),
            })
            .GroupBy(s => s.ServiceName)
            .Select(g => new SessionCounts(
                g.Count(s => s.Queued),
                g.Count(s => s.CreatedAt > sinceFirst),
                g.Count(s => s.CreatedAt > sinceSecond),
                g.Count(s => s.OfNumber && s.CreatedAt >= today),
                g.Count(s => s.OfNumber && s.Queued)))
            .SingleOrDefaultAsync(cancellationToken) ?? new SessionCounts(0, 0, 0, 0, 0);
    }

    /// <summary>
    /// The service's sessions that count against each limit. Queued means GMS's QUEUED: waiting for an agent or for the
    /// customer's confirmation, just booked and immediate, or scheduled within the execution buffer (the service's
    /// buffer now; a session keeps the one it was booked with, which differs only after a change).
    /// </summary>
    sealed record SessionCounts(int Queued, int WithinFirstWindow, int WithinSecondWindow, int OfNumberToday, int OfNumberQueued);
}
