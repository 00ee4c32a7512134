using Callback.Sagas.StateMachines;
using Callback.Testing;
using Microsoft.EntityFrameworkCore;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The sessions as the workers saved them, read from the test's database through the service's own model, each read
/// on a context of its own. A wait that times out says what it saw last and how the workers are.
/// </summary>
public sealed class StoredSessions(PostgresDatabase database, Func<string> workers)
{
    public async Task<CallbackSession?> Find(Guid sessionId)
    {
        await using var db = database.Contexts.CreateDbContext();
        return await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == sessionId);
    }

    public async Task<IReadOnlyList<CallbackSession>> Of(IReadOnlyCollection<Guid> sessionIds)
    {
        await using var db = database.Contexts.CreateDbContext();
        return await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.CorrelationId)).ToListAsync();
    }

    /// <summary>Waits until session <paramref name="sessionId"/> is stored and <paramref name="condition"/> holds for it.</summary>
    public async Task<CallbackSession> WaitFor(Guid sessionId, Func<CallbackSession, bool> condition, string what, TimeSpan timeout)
    {
        CallbackSession? last = null;
        return await Polling.WaitForQuery(async () =>
            {
                last = await Find(sessionId);
                return last is not null && condition(last) ? last : null;
            },
            $"session {sessionId} to be {what}", timeout, () => $"{Describe(last)}. Workers: {workers()}");
    }

    /// <summary>Waits until every one of <paramref name="sessionIds"/> is stored and <paramref name="condition"/> holds for each.</summary>
    public async Task<IReadOnlyList<CallbackSession>> WaitForAll(IReadOnlyCollection<Guid> sessionIds, Func<CallbackSession, bool> condition,
        string what, TimeSpan timeout)
    {
        IReadOnlyList<CallbackSession> last = [];
        return await Polling.WaitForQuery(async () =>
            {
                last = await Of(sessionIds);
                return last.Count == sessionIds.Count && last.All(condition) ? last : null;
            },
            $"all {sessionIds.Count} sessions to be {what}", timeout,
            () => $"{last.Count(condition)} of {sessionIds.Count} are; {sessionIds.Count - last.Count} not stored; others, e.g. "
                + string.Join(" | ", last.Where(s => !condition(s)).Take(3).Select(Describe)) + $". Workers: {workers()}");
    }

    public static string Describe(CallbackSession? session) =>
        session is null
            ? "not stored"
            : $"{session.CorrelationId} in {session.CurrentState} ({session.Reason ?? "no reason"}) at version {session.Version}, history: "
                + string.Join(", ", session.History.Select(h => $"{h.At:HH:mm:ss.fff} {h.Event} {h.From}->{h.To} {h.Detail}"));
}
