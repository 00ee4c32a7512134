using Callback.Sagas.Options;
using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Outbox;
using Callback.Web.Admission;
using Callback.Web.Api.Admin;
using Callback.Web.Api.Availability;
using Callback.Web.Api.Calendars;
using Callback.Web.Api.Device;
using Callback.Web.Api.Errors;
using Callback.Web.Api.Management;
using Callback.Web.Api.PhoneNumbers;
using Callback.Web.Api.Start;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Web.Api;

/// <summary>
/// The GMS-compatible HTTP API under <c>/genesys</c>: each area of it (availability, start, management, device
/// actions, admin, phone numbers, office hours) registers its services and maps its endpoints here.
/// </summary>
public static class GenesysApi
{
    public const string Root = "/genesys";

    public static IServiceCollection AddGenesysApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ServiceOptionsReader(configuration));
        services.AddCallbackDatabase(configuration);
        services.TryAddSingleton(new ServiceLimitsReader(configuration));
        services.TryAddSingleton<CallbackAdmission>();
        services.AddExceptionHandler<GmsExceptionHandler>();
        services.AddProblemDetails();
        services.AddAvailabilityApi();
        services.AddCallbackBusOutbox(configuration);
        services.AddCallbackStart();
        return services;
    }

    public static IEndpointRouteBuilder MapGenesysApi(this IEndpointRouteBuilder app)
    {
        var genesys = app.MapGroup(Root);
        genesys.MapAvailabilityApi();
        genesys.MapPhoneNumbers();
        genesys.MapCallbackStart();
        genesys.MapManagementApi();
        genesys.MapDeviceApi();
        genesys.MapAdminApi();
        genesys.MapOfficeHoursEndpoint();
        return app;
    }
}
