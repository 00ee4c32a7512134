using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Web.Tests.Push;

/// <summary>What a session's stored history says about its pushes, once it says it.</summary>
public static class PushHistory
{
    /// <summary>Waits until the session's history has an entry of <paramref name="eventName"/> with <paramref name="detail"/>, and returns the history.</summary>
    public static Task<List<SessionHistoryEntry>> WaitForHistory(this GenesysApiHost host, Guid sessionId, string eventName, string detail) =>
        host.WaitForHistory(sessionId, h => h.Event == eventName && h.Detail == detail, $"{eventName}: {detail}");

    /// <summary>Waits until the session's history has an entry that <paramref name="match"/>es, and returns the history.</summary>
    public static Task<List<SessionHistoryEntry>> WaitForHistory(this GenesysApiHost host, Guid sessionId, Func<SessionHistoryEntry, bool> match, string what)
    {
        List<SessionHistoryEntry> last = [];
        return Polling.WaitForQuery(async () =>
        {
            last = (await host.Stored(sessionId)).History;
            return last.Any(match) ? last : null;
        }, $"the history of {sessionId} to record {what}", TimeSpan.FromSeconds(30), () => string.Join(" | ", last.Select(h => $"{h.Event}: {h.Detail}")));
    }
}
