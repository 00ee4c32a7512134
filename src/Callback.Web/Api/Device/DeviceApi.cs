namespace Callback.Web.Api.Device;

/// <summary>What a customer's device calls about its own session, by the session id alone.</summary>
public static class DeviceApi
{
    public static IEndpointRouteBuilder MapDeviceApi(this IEndpointRouteBuilder api) =>
        api.MapConnectEndpoint()
            .MapQueuePositionEndpoint();
}
