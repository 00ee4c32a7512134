namespace Callback.Web.Api.Admin;

/// <summary>GMS's admin calls on callbacks: the queues, their watermarks, and cancelling in bulk.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder api) =>
        api.MapQueuesEndpoint()
            .MapWatermarksEndpoint()
            .MapAdminCancelEndpoint();
}
