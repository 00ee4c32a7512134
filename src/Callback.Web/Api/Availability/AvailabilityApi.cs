using Callback.Web.Api.OpenApi;
using Callback.Web.Availability;
using Callback.Web.Calendars;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Web.Api.Availability;

/// <summary>The availability area of the GMS API: office hours, slots, and the V1 and V2 endpoints.</summary>
internal static class AvailabilityApi
{
    public static IServiceCollection AddAvailabilityApi(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new OfficeHoursCatalog(provider.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton<SlotAvailability>();
        return services;
    }

    public static RouteGroupBuilder MapAvailabilityApi(this RouteGroupBuilder genesys)
    {
        genesys.MapGet("/1/service/callback/{service}/availability", AvailabilityV1Endpoint.Handle)
            .WithTags(ApiTags.Availability)
            .WithSummary("Free places per slot (V1)")
            .WithDescription("A flat object of slot start (ISO UTC) to free places, in time order; full slots are left out. Slots are "
                + "offered while the office is open at their start and up to _reject_future_desired_time from now.")
            .WithQueryParameters(AvailabilityParameters.V1)
            .Produces<IReadOnlyDictionary<string, int>>()
            .ProducesAvailabilityErrors();

        genesys.MapGet("/2/service/callback/{service}/availability", AvailabilityV2Endpoint.Handle)
            .WithTags(ApiTags.Availability)
            .WithSummary("Slots with their capacity (V2)")
            .WithDescription("The bucket width (durationMin) and the slots in time order: capacity is the free places, total the "
                + "service's _max_request_by_time_bucket. Full slots are left out unless report-busy is true.")
            .WithQueryParameters(AvailabilityParameters.V2)
            .Produces<AvailabilityV2Answer>()
            .ProducesAvailabilityErrors();

        return genesys;
    }

    static RouteHandlerBuilder ProducesAvailabilityErrors(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesGmsError(StatusCodes.Status400BadRequest,
                "The service is not configured (CallbackExceptionNotFound), or a parameter does not read or parameters contradict each other (GSGException).")
            .ProducesGmsError(StatusCodes.Status500InternalServerError,
                "The service's _request_time_bucket or _max_request_by_time_bucket is invalid, or its office hours are missing or do not read "
                + "(CallbackExceptionResource).");
}
