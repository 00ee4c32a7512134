namespace Callback.Web.Api.Management;

/// <summary>Managing started callbacks: query, history, cancel (rescheduling is mapped on its own).</summary>
public static class ManagementApi
{
    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder api) =>
        api.MapQueryEndpoints()
            .MapHistoryEndpoint()
            .MapCancelEndpoint();
}
