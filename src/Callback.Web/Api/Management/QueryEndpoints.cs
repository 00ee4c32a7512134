using Callback.Sagas.Persistence;
using Callback.Web.Api.Errors;

namespace Callback.Web.Api.Management;

/// <summary>
/// GMS's callback queries: <c>GET /1/service/callback/{service}?key=value…&amp;operand=AND|OR</c> within a service, and
/// <c>GET /1/service/callback?key=value…</c> across services (<c>?_id=…</c> is the lookup by id). Both answer a JSON
/// array of records, oldest first.
/// </summary>
public static class QueryEndpoints
{
    static readonly IReadOnlySet<string> NoReservedKeys = new HashSet<string>();

    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/1/service/callback", AcrossServices);
        api.MapGet("/1/service/callback/{service}", InService);
        return api;
    }

    static async Task<IResult> AcrossServices(HttpRequest request, CallbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (RecordQuery.From(request.Query, NoReservedKeys, out var error) is not { } query)
            return GmsResults.BadRequest(GmsExceptions.General, error!);

        // Every session of every service is not a query but a dump; GMS too looks callbacks up by some key.
        if (query.Filters.Count == 0)
            return GmsResults.BadRequest(GmsExceptions.General, "Give at least one key to look callbacks up by, e.g. ?_id=<id> or ?_customer_number=<number>.");

        return Results.Json(await CallbackRecords.Find(db.Sessions, query, time.GetUtcNow(), CallbackRecord.BaseUrlOf(request), cancellationToken));
    }

    static async Task<IResult> InService(string service, HttpRequest request, CallbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (RecordQuery.From(request.Query, NoReservedKeys, out var error) is not { } query)
            return GmsResults.BadRequest(GmsExceptions.General, error!);

        var sessions = db.Sessions.Where(s => s.ServiceName == service);
        return Results.Json(await CallbackRecords.Find(sessions, query, time.GetUtcNow(), CallbackRecord.BaseUrlOf(request), cancellationToken));
    }
}
