using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.StateMachines;

namespace Callback.Web.Api.Management;

/// <summary>
/// <c>DELETE /1/service/callback/{service}/{id}</c>: the customer cancels. The session ends <c>COMPLETED</c> /
/// <c>CANCELLED</c> once the saga has taken the request, so the answer (200, empty, as GMS) comes before the record
/// shows it; its slot's place is free at once. A session of another service, an unknown id, or a session already
/// completed is refused.
/// </summary>
public static class CancelEndpoint
{
    public static IEndpointRouteBuilder MapCancelEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapDelete("/1/service/callback/{service}/{id}", Cancel);
        return api;
    }

    static async Task<IResult> Cancel(string service, string id, CallbackUnitOfWork work, SlotBookings bookings, TimeProvider time,
        CancellationToken cancellationToken)
    {
        await work.BeginAsync(cancellationToken);
        if (await SessionLookup.Find(work.Db, id, service, cancellationToken) is not { } session)
            return SessionLookup.Unknown(id, service);

        if (SessionLookup.IsCompleted(session))
            return SessionLookup.AlreadyCompleted(session);

        // The slot's place is given back with the cancel, in one transaction: a cancelled callback frees its place.
        await bookings.Release(work.Db, session.CorrelationId, cancellationToken);
        await work.Publish(new CancelRequested
        {
            SessionId = session.CorrelationId, Reason = CallbackReason.Cancelled, RequestedAt = time.GetUtcNow(),
        }, cancellationToken);
        await work.CommitAsync(cancellationToken);

        return Results.Ok();
    }
}
