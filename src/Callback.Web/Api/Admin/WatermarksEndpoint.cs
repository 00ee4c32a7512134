using System.Text.Json.Serialization;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Management;
using Callback.Web.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Callback.Web.Api.Admin;

/// <summary>
/// <c>GET /1/admin/callback/watermarks[?service_name=…]</c>: how many callbacks each service holds in the contact center's
/// hands, <c>{"services": {"&lt;service&gt;": n}, "total": n}</c>, counting <c>QUEUED</c> and <c>PROCESSING</c> ones only, as
/// GMS does. A service asked for by name is listed even at 0; otherwise services with none are left out.
/// </summary>
public static class WatermarksEndpoint
{
    static readonly string[] Counted = [GmsCallbackState.Queued, GmsCallbackState.Processing];

    public static IEndpointRouteBuilder MapWatermarksEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapGet("/1/admin/callback/watermarks", Count)
            .WithSummary("Callbacks in the contact center's hands, by service")
            .WithDescription("Counts the QUEUED and PROCESSING callbacks only, as GMS. A service asked for by name is listed even at 0; "
                + "otherwise services with none are left out.")
            .WithQueryParameters(QueryParameter.Text("service_name", "One service only."))
            .Produces<Watermarks>();
        return api;
    }

    static async Task<IResult> Count([FromQuery(Name = "service_name")] string? serviceName, CallbackDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sagaStates = Counted.SelectMany(GmsCallbackState.SagaStatesThatMayRead).ToList();
        var sessions = db.Sessions.AsNoTracking().Started().Where(s => sagaStates.Contains(s.CurrentState));
        if (!string.IsNullOrEmpty(serviceName))
            sessions = sessions.Where(s => s.ServiceName == serviceName);

        // A scheduled session counts once its execution window has opened, which depends on its own options and EWT.
        var candidates = await sessions.ToListAsync(cancellationToken);
        var services = candidates
            .Where(s => Counted.Contains(GmsCallbackState.Of(s, now)))
            .GroupBy(s => s.ServiceName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        if (!string.IsNullOrEmpty(serviceName))
            services.TryAdd(serviceName, 0);

        return Results.Json(new Watermarks(services, services.Values.Sum()));
    }

    sealed record Watermarks(
        [property: JsonPropertyName("services")] IReadOnlyDictionary<string, int> Services,
        [property: JsonPropertyName("total")] int Total);
}
