using System.Text.Json.Serialization;
using Callback.Sagas.Options;

namespace Callback.Web.Demo;

/// <summary>
/// <c>GET /demo/services.json</c>: the callback services configured under <c>Callback:Services</c>, with the options
/// that decide what the demo page offers and shows. Read-only; GMS has no call that lists its services.
/// </summary>
public static class DemoServices
{
    public static IResult List(IConfiguration configuration, ServiceOptionsReader reader) =>
        Results.Json(configuration.GetSection(ServiceOptionsReader.ServicesSection).GetChildren()
            .Select(section => reader.Read(section.Key))
            .Where(read => read.Succeeded)
            .Select(read => DemoService.Of(read.Value!)));

    /// <summary>One service, its options under their GMS names.</summary>
    sealed record DemoService(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("_wait_for_agent")] bool WaitForAgent,
        [property: JsonPropertyName("_wait_for_user_confirm")] bool WaitForUserConfirm,
        [property: JsonPropertyName("_request_time_bucket")] int RequestTimeBucketMinutes,
        [property: JsonPropertyName("_business_hours_service"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BusinessHours,
        [property: JsonPropertyName("_default_country")] string DefaultCountry)
    {
        public static DemoService Of(ServiceOptions options) => new(options.ServiceName, options.WaitForAgent, options.WaitForUserConfirm,
            (int)options.RequestTimeBucket.TotalMinutes, options.BusinessHoursService, options.DefaultCountry);
    }
}
