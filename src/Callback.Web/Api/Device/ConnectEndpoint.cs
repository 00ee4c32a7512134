using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence;
using Callback.Web.Api.Management;
using Callback.Web.Api.OpenApi;
using MassTransit;

namespace Callback.Web.Api.Device;

/// <summary>
/// <c>POST /1/service/{id}/connect</c>: the customer pressed Ok on the agent-available push. The session is told
/// (<see cref="UserConfirmed"/>) and the device gets the seed's "You will receive the call shortly" dialog, in the
/// session's own texts. The body is ignored: the seed's client sends an empty multipart form.
/// A session that is not waiting for a confirmation ignores it, as GMS ignores a late connect; the device still gets
/// the dialog, since its call is on its way or already made.
/// </summary>
public static class ConnectEndpoint
{
    public static IEndpointRouteBuilder MapConnectEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/1/service/{id}/connect", Connect)
            .WithTags(ApiTags.Device)
            .WithSummary("Confirm the agent-available push")
            .WithDescription("The customer pressed Ok: the session is told, and the device gets the dialog in the session's texts "
                + "(_call_shortly_text, _ok_title). A session not waiting for a confirmation ignores it; the device still gets the dialog. "
                + "The body is ignored (the seed sends an empty multipart form).")
            .Produces<CallbackDialog>()
            .ProducesSessionErrors();
        return api;
    }

    static async Task<IResult> Connect(string id, CallbackDbContext db, IPublishEndpoint publish, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await SessionLookup.Find(db, id, serviceName: null, cancellationToken) is not { } session)
            return SessionLookup.Unknown(id, serviceName: null);

        if (SessionLookup.IsCompleted(session))
            return SessionLookup.AlreadyCompleted(session);

        await publish.Publish(new UserConfirmed { SessionId = session.CorrelationId, ConfirmedAt = time.GetUtcNow() }, cancellationToken);

        return Results.Json(new CallbackDialog
        {
            Id = session.CorrelationId.ToString(),
            Text = session.Options.Dialogs.CallShortly,
            OkTitle = session.Options.Dialogs.OkTitle,
        });
    }
}
