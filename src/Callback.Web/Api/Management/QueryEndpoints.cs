using Callback.Sagas.Persistence;
using Callback.Web.Api.Errors;
using Callback.Web.Api.OpenApi;

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
        api.MapGet("/1/service/callback", AcrossServices)
            .WithTags(ApiTags.Callbacks)
            .WithSummary("Query callbacks across services")
            .WithDescription("The records that match the keys, in every service, oldest first; ?_id=<id> is the lookup by id (an empty "
                + "array for an unknown one). At least one key is needed: a whole database is not a query.")
            .WithQueryParameters(RecordFilterParameters.WithOperand)
            .ProducesJson("The matching records, oldest first.", GmsSchemas.Records)
            .ProducesGmsError(StatusCodes.Status400BadRequest, "No key to look callbacks up by, or an operand other than AND or OR (GSGException).");

        api.MapGet("/1/service/callback/{service}", InService)
            .WithTags(ApiTags.Callbacks)
            .WithSummary("Query a service's callbacks")
            .WithDescription("The service's records that match the keys, oldest first; all of them without a key. A service with no "
                + "callbacks, or not configured, answers an empty array.")
            .WithQueryParameters(RecordFilterParameters.WithOperand)
            .ProducesJson("The matching records, oldest first.", GmsSchemas.Records)
            .ProducesGmsError(StatusCodes.Status400BadRequest, "An operand other than AND or OR (GSGException).");
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
