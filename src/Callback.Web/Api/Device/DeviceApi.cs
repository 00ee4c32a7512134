using Callback.Web.Api.OpenApi;

namespace Callback.Web.Api.Device;

/// <summary>What a customer's device calls about its own session, by the session id alone.</summary>
public static class DeviceApi
{
    public static IEndpointRouteBuilder MapDeviceApi(this IEndpointRouteBuilder api) =>
        api.MapConnectEndpoint()
            .MapQueuePositionEndpoint();

    /// <summary>What every device call answers for a session it cannot act on.</summary>
    internal static RouteHandlerBuilder ProducesSessionErrors(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesGmsError(StatusCodes.Status400BadRequest, "The callback is already COMPLETED (CallbackExceptionNotFound).")
            .ProducesGmsError(StatusCodes.Status404NotFound, "No callback with this id (CallbackExceptionNotFound).");
}
