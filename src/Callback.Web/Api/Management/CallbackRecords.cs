using Callback.Sagas.StateMachines;
using Microsoft.EntityFrameworkCore;

namespace Callback.Web.Api.Management;

/// <summary>Finds the records a <see cref="RecordQuery"/> asks for: narrowed in the database, tested exactly on each record, oldest first.</summary>
public static class CallbackRecords
{
    public static async Task<List<IReadOnlyDictionary<string, string>>> Find(IQueryable<CallbackSession> sessions, RecordQuery query,
        DateTimeOffset now, string baseUrl, CancellationToken cancellationToken)
    {
        var candidates = await query.Narrow(sessions.AsNoTracking().Started())
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);

        return [.. candidates.Select(s => CallbackRecord.Of(s, now, baseUrl)).Where(query.Matches)];
    }

    /// <summary>
    /// Sessions that have taken their first step: MassTransit inserts a saga row before its first transition, without
    /// a service or a customer yet.
    /// </summary>
    public static IQueryable<CallbackSession> Started(this IQueryable<CallbackSession> sessions) =>
        sessions.Where(s => s.ServiceName != null && s.CurrentState != null);
}
