using System.Data.Common;
using System.Diagnostics.Metrics;
using Callback.Sagas.Observability;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Microsoft.EntityFrameworkCore;

namespace Callback.Workers.Observability;

/// <summary>
/// <c>callback.sessions</c>: the sessions not yet completed, by saga state, as the database holds them. A gauge read from
/// the database rather than counters of transitions: it is right across any number of processes, restarts and sessions the
/// web tier stored itself, where per-process counters would drift. It is read when a collector asks (a scrape, an OTLP
/// export), at most once per <see cref="TelemetrySettings.SessionCountInterval"/>, by one grouped <c>COUNT</c> over the
/// indexed state column that leaves completed sessions out. Every process reports the same figures: aggregate with max.
/// </summary>
public sealed class SessionCountsGauge
{
    static readonly string[] OpenStates = [.. GmsCallbackState.SagaStates.Where(s => s != nameof(CallbackStateMachine.Completed))];

    readonly IDbContextFactory<CallbackDbContext> _contexts;
    readonly TimeProvider _time;
    readonly TimeSpan _interval;
    readonly ILogger<SessionCountsGauge> _logger;
    readonly Lock _gate = new();
    Measurement<long>[] _last = [];
    DateTimeOffset? _readAt;

    public SessionCountsGauge(IDbContextFactory<CallbackDbContext> contexts, CallbackMetrics metrics, TimeProvider time, TelemetrySettings settings,
        ILogger<SessionCountsGauge> logger)
    {
        _contexts = contexts;
        _time = time;
        _interval = settings.SessionCountInterval;
        _logger = logger;
        metrics.Meter.CreateObservableGauge("callback.sessions", Observe, "{session}", "Sessions not completed yet, by saga state (the same in every process: take the max).");
    }

    IEnumerable<Measurement<long>> Observe()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_readAt is null || now - _readAt >= _interval)
            {
                _readAt = now;
                _last = Read() ?? _last;
            }

            return _last;
        }
    }

    /// <summary>Each open state with its count, zero included, so a dashboard shows an empty state rather than a gap; null if the database could not say.</summary>
    Measurement<long>[]? Read()
    {
        try
        {
            using var db = _contexts.CreateDbContext();
            var counts = db.Sessions.AsNoTracking()
                .Where(s => OpenStates.Contains(s.CurrentState))
                .GroupBy(s => s.CurrentState)
                .Select(g => new { State = g.Key, Count = g.LongCount() })
                .ToDictionary(x => x.State!, x => x.Count);

            return [.. OpenStates.Select(state => new Measurement<long>(counts.GetValueOrDefault(state), new KeyValuePair<string, object?>("state", state)))];
        }
        catch (DbException exception)
        {
            _logger.LogWarning(exception, "Could not count the sessions by state; callback.sessions keeps its last figures");
            return null;
        }
    }
}
