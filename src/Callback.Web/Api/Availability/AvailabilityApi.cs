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
        genesys.MapGet("/1/service/callback/{service}/availability", AvailabilityV1Endpoint.Handle);
        genesys.MapGet("/2/service/callback/{service}/availability", AvailabilityV2Endpoint.Handle);
        return genesys;
    }
}
