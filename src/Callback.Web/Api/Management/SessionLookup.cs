using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Errors;
using Microsoft.EntityFrameworkCore;

namespace Callback.Web.Api.Management;

/// <summary>
/// Finds the session an id in a path names, and the GMS errors for one that cannot be acted on: unknown (or of another
/// service than the path's, which a client must not reach through the wrong service), or already completed.
/// </summary>
public static class SessionLookup
{
    public static async Task<CallbackSession?> Find(CallbackDbContext db, string id, string? serviceName, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var sessionId))
            return null;

        var session = await db.Sessions.AsNoTracking().Started().SingleOrDefaultAsync(s => s.CorrelationId == sessionId, cancellationToken);
        return serviceName is null || string.Equals(session?.ServiceName, serviceName, StringComparison.Ordinal) ? session : null;
    }

    public static bool IsCompleted(CallbackSession session) => session.CurrentState == nameof(CallbackStateMachine.Completed);

    public static IResult Unknown(string id, string? serviceName) =>
        GmsResults.NotFound(serviceName is null
            ? $"Callback {id} is not found."
            : $"Callback {id} is not found in service {serviceName}.");

    /// <summary>
    /// GMS drops a finished callback from its list of running ones (its transaction list), so acting on it is refused
    /// with the exception GMS uses for an id it does not hold, at 400 as GMS answers it.
    /// </summary>
    public static IResult AlreadyCompleted(CallbackSession session) =>
        GmsResults.BadRequest(GmsExceptions.NotFound,
            $"Callback {session.CorrelationId} is already {GmsCallbackState.Completed} ({session.Reason}): it is not in the transaction list any more.");
}
