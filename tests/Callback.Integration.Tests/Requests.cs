using Callback.Sagas.Contracts.Requests;
using Callback.Testing;

namespace Callback.Integration.Tests;

/// <summary>The web tier's requests, timed for tests that wait in real seconds; everything else as <see cref="Given"/> has it.</summary>
static class Requests
{
    /// <summary>
    /// A callback at <paramref name="desiredTime"/> that dials without waiting for an agent. With no execution buffer and
    /// the simulated EWT of 0, its execution timer is due at the desired time itself: one timer, one firing.
    /// </summary>
    public static CallbackRequested ScheduledAt(DateTimeOffset desiredTime) =>
        Given.Callback(Given.Options(waitForAgent: false) with { ExecutionTimeBuffer = TimeSpan.Zero }, desiredTime, DateTimeOffset.UtcNow);

    /// <summary>A callback now that first waits for URS to announce an agent: how long that takes is the simulator's <c>AgentAvailableAfterSeconds</c>.</summary>
    public static CallbackRequested ImmediateWaitingForAgent() =>
        Given.Callback(Given.Options(waitForAgent: true), at: DateTimeOffset.UtcNow);

    public static RescheduleRequested Reschedule(Guid sessionId, DateTimeOffset desiredTime) =>
        new() { SessionId = sessionId, DesiredTime = desiredTime, RequestedAt = DateTimeOffset.UtcNow };

    public static CancelRequested Cancel(Guid sessionId) =>
        new() { SessionId = sessionId, RequestedAt = DateTimeOffset.UtcNow };

    /// <summary>Now to the whole second: a desired time that survives every round trip (JSON, PostgreSQL's microseconds) unchanged.</summary>
    public static DateTimeOffset WholeSecondsFromNow(TimeSpan ahead)
    {
        var at = DateTimeOffset.UtcNow + ahead;
        return at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
    }
}
