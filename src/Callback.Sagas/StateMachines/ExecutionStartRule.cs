using Callback.Sagas.Contracts.Requests;

namespace Callback.Sagas.StateMachines;

/// <summary>
/// When a scheduled session starts executing: at <c>desired time - current EWT of the target</c>, so that the
/// customer reaches an agent at the time they asked for. EWT moves while the session waits, so the session checks
/// it again and again inside a window before the desired time, never for days ahead.
/// </summary>
public static class ExecutionStartRule
{
    /// <summary>The first check: the window opens at <c>desired - max(last known EWT, execution buffer)</c>.</summary>
    public static DateTimeOffset FirstCheckAt(DateTimeOffset desired, TimeSpan lastKnownEwt, SessionOptions options) =>
        desired - Max(lastKnownEwt, options.ExecutionTimeBuffer);

    /// <summary>Whether the session must start now, given the newest EWT.</summary>
    public static bool IsDue(DateTimeOffset? desired, TimeSpan ewt, DateTimeOffset now) =>
        desired is null || now >= desired.Value - ewt;

    /// <summary>Whether EWT should be asked for now: inside the window and not yet due.</summary>
    public static bool IsInWindow(DateTimeOffset desired, TimeSpan ewt, SessionOptions options, DateTimeOffset now) =>
        now >= FirstCheckAt(desired, ewt, options);

    /// <summary>
    /// The next check of a session that is not due: the window's opening while before it; inside it, the sooner of
    /// the start moment and a polling interval that shrinks as the start comes closer (half the time left, kept
    /// between the minimum and maximum URS polling intervals).
    /// </summary>
    public static DateTimeOffset NextCheckAt(DateTimeOffset desired, TimeSpan ewt, SessionOptions options, DateTimeOffset now)
    {
        var windowOpens = FirstCheckAt(desired, ewt, options);
        if (now < windowOpens)
            return windowOpens;

        var startAt = desired - ewt;
        var poll = Clamp((startAt - now) / 2, options.MinEwtPollingInterval, options.MaxEwtPollingInterval);
        var polledAt = now + poll;

        return polledAt < startAt ? polledAt : startAt;
    }

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}
