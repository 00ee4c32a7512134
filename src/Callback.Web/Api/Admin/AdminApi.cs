using Callback.Web.Api.Errors;
using Callback.Web.Api.OpenApi;

namespace Callback.Web.Api.Admin;

/// <summary>
/// GMS's admin calls on callbacks: the queues, their watermarks, and cancelling in bulk; behind HTTP Basic credentials
/// when <see cref="AdminCredentials"/> are configured.
/// </summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("").WithTags(ApiTags.Admin);
        if (AdminCredentials.From(api.ServiceProvider.GetRequiredService<IConfiguration>()) is { } credentials)
        {
            admin.AddEndpointFilter((context, next) => credentials.Accept(context.HttpContext.Request.Headers.Authorization)
                    ? next(context)
                    : ValueTask.FromResult<object?>(Unauthorized(context.HttpContext)))
                .RequiresAdminCredentials();
        }

        admin.MapQueuesEndpoint()
            .MapWatermarksEndpoint()
            .MapAdminCancelEndpoint();
        return api;
    }

    static IResult Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"GMS admin\"";
        return GmsResults.Error(StatusCodes.Status401Unauthorized, GmsExceptions.General, "The admin calls need the administrator's credentials.");
    }
}
