using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using MassTransit;

namespace Callback.Web.Api.Management;

/// <summary>
/// <c>DELETE /1/service/callback/{service}/{id}</c>: the customer cancels. The session ends <c>COMPLETED</c> /
/// <c>CANCELLED</c> once the saga has taken the request, so the answer (200, empty, as GMS) comes before the record
/// shows it. A session of another service, an unknown id, or a session already completed is refused.
/// </summary>
public static class CancelEndpoint
{
    public static IEndpointRouteBuilder MapCancelEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapDelete("/1/service/callback/{service}/{id}", Cancel);
        return api;
    }

    static async Task<IResult> Cancel(string service, string id, CallbackDbContext db, IPublishEndpoint publish, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await SessionLookup.Find(db, id, service, cancellationToken) is not { } session)
            return SessionLookup.Unknown(id, service);

        if (SessionLookup.IsCompleted(session))
            return SessionLookup.AlreadyCompleted(session);

        await publish.Publish(new CancelRequested
        {
            SessionId = session.CorrelationId, Reason = CallbackReason.Cancelled, RequestedAt = time.GetUtcNow(),
        }, cancellationToken);

        return Results.Ok();
    }
}
