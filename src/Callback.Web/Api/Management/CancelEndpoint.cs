using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Errors;
using Callback.Web.Api.OpenApi;

namespace Callback.Web.Api.Management;

/// <summary>
/// <c>DELETE /1/service/callback/{service}/{id}</c>: the customer cancels. The session ends <c>COMPLETED</c> /
/// <c>CANCELLED</c> once the saga has taken the request, so the answer (200, empty, as GMS) comes before the record
/// shows it; its slot's place is free at once. A session of another service, an unknown id, or a session already
/// completed is refused.
/// <para>
/// GMS's <c>discard_ors_failure=true|false</c> lets a cancel succeed when its orchestration server fails to stop the
/// session. Here the cancel is committed with the outbox that carries it to the saga, which always ends a running session
/// on it, so there is no such failure to discard: both values give the same answer. The parameter is read, so that a
/// client that sends it works unchanged and one that sends something else is told.
/// </para>
/// </summary>
public static class CancelEndpoint
{
    public static IEndpointRouteBuilder MapCancelEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapDelete("/1/service/callback/{service}/{id}", Cancel)
            .WithTags(ApiTags.Callbacks)
            .WithSummary("Cancel a callback")
            .WithDescription("200 with an empty body once the cancel is on its way (its slot's place is free at once); the record reads "
                + "COMPLETED / CANCELLED as soon as the session has taken it.")
            .WithQueryParameters(QueryParameter.Flag(DiscardOrsFailure,
                "GMS's: let the cancel succeed when the orchestration server fails to stop the session. Read and checked; both values "
                + "answer alike here, since the cancel reaches the session through the outbox and always ends it.", byDefault: false))
            .Produces(StatusCodes.Status200OK)
            .ProducesGmsError(StatusCodes.Status400BadRequest,
                $"{DiscardOrsFailure} is not true or false (GSGException), or the callback is already COMPLETED (CallbackExceptionNotFound).")
            .ProducesGmsError(StatusCodes.Status404NotFound, "No callback with this id in this service (CallbackExceptionNotFound).");
        return api;
    }

    const string DiscardOrsFailure = "discard_ors_failure";

    static async Task<IResult> Cancel(string service, string id, HttpRequest request, CallbackUnitOfWork work, SlotBookings bookings,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Query.TryGetValue(DiscardOrsFailure, out var discard) && !bool.TryParse(discard.Count == 1 ? discard[0] : null, out _))
            return GmsResults.BadRequest(GmsExceptions.General, $"Parameter {DiscardOrsFailure} has an invalid value '{discard}': expected true or false, once");

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
