using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Callback.Sagas.Observability;

/// <summary>
/// The service's own instruments, on the meter <see cref="MeterName"/>: what happens to sessions, slots, calls, push
/// notifications and timers. One instance per container, made by its <see cref="IMeterFactory"/>, so that a test reads the
/// measurements of its own host only. Each is counted where it happens (a transition, a booking, a firing); a transition that
/// MassTransit retries after a concurrency conflict runs, and counts, again, which is rare and only ever counts up.
/// docs/operations.md lists the instruments and what to alert on.
/// </summary>
public sealed class CallbackMetrics
{
    public const string MeterName = "Callback";

    readonly Counter<long> _slotsBooked;
    readonly Counter<long> _slotsReleased;
    readonly Counter<long> _dialAttempts;
    readonly Counter<long> _sessionsCompleted;
    readonly Counter<long> _pushDeliveries;
    readonly Histogram<double> _schedulerLateness;

    public CallbackMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _slotsBooked = Meter.CreateCounter<long>("callback.slots.booked", "{booking}", "Places taken in time slots, by service.");
        _slotsReleased = Meter.CreateCounter<long>("callback.slots.released", "{booking}", "Places given back (cancel, reschedule, end of session), by service.");
        _dialAttempts = Meter.CreateCounter<long>("callback.dial.attempts", "{call}", "Calls to customers the sessions asked SIP Server to dial, by service.");
        _sessionsCompleted = Meter.CreateCounter<long>("callback.sessions.completed", "{session}", "Sessions that ended, by service and _callback_reason.");
        _pushDeliveries = Meter.CreateCounter<long>("callback.push.deliveries", "{notification}", "Notifications pushed to devices, by channel and outcome.");
        _schedulerLateness = Meter.CreateHistogram<double>("callback.scheduler.lateness", "s",
            "How long after its due time the scheduler fired a scheduled message.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300] });
    }

    /// <summary>The meter, for instruments that are observed rather than counted (the sessions by state).</summary>
    public Meter Meter { get; }

    public void SlotBooked(string service) => _slotsBooked.Add(1, new KeyValuePair<string, object?>("service", service));

    public void SlotReleased(string service) => _slotsReleased.Add(1, new KeyValuePair<string, object?>("service", service));

    public void DialAttempted(string service) => _dialAttempts.Add(1, new KeyValuePair<string, object?>("service", service));

    /// <summary>A session ended with <paramref name="reason"/>, its <c>_callback_reason</c> (<c>AGENT_CONNECTED</c>, <c>CANCELLED</c>, ...).</summary>
    public void SessionCompleted(string service, string reason) =>
        _sessionsCompleted.Add(1, new KeyValuePair<string, object?>("service", service), new KeyValuePair<string, object?>("reason", reason));

    /// <summary>
    /// A notification was pushed on <paramref name="channel"/> (<c>comet</c>, <c>httpcb</c>) with <paramref name="outcome"/>
    /// (<c>delivered</c>, <c>failed</c>, or a short reason of the channel's own): for the push delivery code to call.
    /// </summary>
    public void PushDelivered(string channel, string outcome) =>
        _pushDeliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    public void SchedulerFiredLate(TimeSpan lateness) => _schedulerLateness.Record(Math.Max(0, lateness.TotalSeconds));
}
