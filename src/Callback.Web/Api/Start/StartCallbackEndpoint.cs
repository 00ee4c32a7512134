using Callback.Web.Api.Errors;
using Callback.Web.Api.Requests;

namespace Callback.Web.Api.Start;

/// <summary><c>POST /genesys/1/service/callback/{service}</c>: starts a callback (multipart/form-data, urlencoded or JSON).</summary>
public static class StartCallbackEndpoint
{
    public static IServiceCollection AddCallbackStart(this IServiceCollection services) => services.AddScoped<CallbackStarter>();

    public static IEndpointRouteBuilder MapCallbackStart(this IEndpointRouteBuilder genesys)
    {
        genesys.MapPost("/1/service/callback/{service}", Start).WithName("StartCallback");
        return genesys;
    }

    static async Task<IResult> Start(string service, HttpRequest request, CallbackStarter starter, CancellationToken cancellationToken)
    {
        var body = await RequestValues.Read(request, cancellationToken);
        return body.Error is { } error
            ? GmsResults.BadRequest(GmsExceptions.General, error)
            : await starter.Start(service, body.Values, cancellationToken);
    }
}
