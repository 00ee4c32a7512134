using Callback.Web.Api.Errors;
using Callback.Web.Api.Requests;

namespace Callback.Web.Api.Start;

/// <summary>
/// <c>POST /genesys/1/service/callback/{service}</c> starts a callback, <c>PUT /genesys/1/service/callback/{service}/{id}</c>
/// moves it (bodies in multipart/form-data, urlencoded or JSON).
/// </summary>
public static class StartCallbackEndpoint
{
    public static IServiceCollection AddCallbackStart(this IServiceCollection services) =>
        services.AddScoped<CallbackStarter>().AddScoped<CallbackRescheduler>().AddSingleton<SlotProposals>();

    public static IEndpointRouteBuilder MapCallbackStart(this IEndpointRouteBuilder genesys)
    {
        genesys.MapPost("/1/service/callback/{service}", Start).WithName("StartCallback");
        genesys.MapPut("/1/service/callback/{service}/{id}", Reschedule).WithName("RescheduleCallback");
        return genesys;
    }

    static async Task<IResult> Start(string service, HttpRequest request, CallbackStarter starter, CancellationToken cancellationToken)
    {
        var body = await RequestValues.Read(request, cancellationToken);
        return body.Error is { } error
            ? GmsResults.BadRequest(GmsExceptions.General, error)
            : await starter.Start(service, body.Values, cancellationToken);
    }

    static async Task<IResult> Reschedule(string service, string id, HttpRequest request, CallbackRescheduler rescheduler, CancellationToken cancellationToken)
    {
        var body = await RequestValues.Read(request, cancellationToken);
        return body.Error is { } error
            ? GmsResults.BadRequest(GmsExceptions.General, error)
            : await rescheduler.Reschedule(service, id, body.Values, cancellationToken);
    }
}
