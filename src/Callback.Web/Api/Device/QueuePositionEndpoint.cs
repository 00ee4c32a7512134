using System.Text.Json.Serialization;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Management;
using Callback.Web.Api.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace Callback.Web.Api.Device;

/// <summary>
/// <c>GET|POST /1/service/{id}/check-queue-position</c> (GMS's QA helper uses GET, its Android sample POST):
/// <c>ewt</c>, the newest estimated wait time of the session's target in seconds, and <c>position</c>, the session's
/// place among the <c>QUEUED</c> sessions of its service by creation time, from 1; 0 when it is not queued (still
/// scheduled, or already being called).
/// </summary>
public static class QueuePositionEndpoint
{
    public static IEndpointRouteBuilder MapQueuePositionEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapMethods("/1/service/{id}/check-queue-position", [HttpMethods.Get, HttpMethods.Post], Check)
            .WithTags(ApiTags.Device)
            .WithSummary("Queue position and estimated wait")
            .WithDescription("GET (GMS's QA helper) or POST (its Android sample). ewt: the newest EWT of the session's target in whole "
                + "seconds, 0 before one is known; position: the session's place among its service's QUEUED callbacks by creation, from 1, "
                + "0 when it is not queued.")
            .Produces<QueuePosition>()
            .ProducesSessionErrors();
        return api;
    }

    static async Task<IResult> Check(string id, CallbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await SessionLookup.Find(db, id, serviceName: null, cancellationToken) is not { } session)
            return SessionLookup.Unknown(id, serviceName: null);

        if (SessionLookup.IsCompleted(session))
            return SessionLookup.AlreadyCompleted(session);

        var now = time.GetUtcNow();
        var position = GmsCallbackState.Of(session, now) == GmsCallbackState.Queued
            ? await QueuedBefore(db, session, now, cancellationToken) + 1
            : 0;

        return Results.Json(new QueuePosition((long)Math.Round(session.LastKnownEwt.TotalSeconds), position));
    }

    static async Task<int> QueuedBefore(CallbackDbContext db, CallbackSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mayBeQueued = GmsCallbackState.SagaStatesThatMayRead(GmsCallbackState.Queued);
        var earlier = await db.Sessions.AsNoTracking()
            .Where(s => s.ServiceName == session.ServiceName && mayBeQueued.Contains(s.CurrentState) && s.CreatedAt < session.CreatedAt)
            .ToListAsync(cancellationToken);

        return earlier.Count(s => GmsCallbackState.Of(s, now) == GmsCallbackState.Queued);
    }

    sealed record QueuePosition([property: JsonPropertyName("ewt")] long Ewt, [property: JsonPropertyName("position")] int Position);
}
