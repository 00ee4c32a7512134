using System.Text.Json.Serialization;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.OpenApi;

namespace Callback.Web.Api.Management;

/// <summary>
/// <c>GET /1/service/callback/{service}/{id}/history</c>, an extension of ours (GMS has no such call): every transition
/// and notable event of a session, oldest first, with the saga states it moved between.
/// </summary>
public static class HistoryEndpoint
{
    public static IEndpointRouteBuilder MapHistoryEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapGet("/1/service/callback/{service}/{id}/history", History)
            .WithTags(ApiTags.Callbacks)
            .WithSummary("A callback's history (an extension: GMS has no such call)")
            .WithDescription("Every transition and notable event of the callback, oldest first; from and to are the saga's states (docs/state-machine.md).")
            .Produces<IReadOnlyList<HistoryLine>>()
            .ProducesGmsError(StatusCodes.Status404NotFound, "No callback with this id in this service (CallbackExceptionNotFound).");
        return api;
    }

    static async Task<IResult> History(string service, string id, CallbackDbContext db, CancellationToken cancellationToken)
    {
        if (await SessionLookup.Find(db, id, service, cancellationToken) is not { } session)
            return SessionLookup.Unknown(id, service);

        return Results.Json(session.History.Select(HistoryLine.Of));
    }

    /// <summary>One line of the history, its time written as GMS writes times.</summary>
    sealed record HistoryLine(
        [property: JsonPropertyName("time")] string Time,
        [property: JsonPropertyName("event")] string Event,
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("detail"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail)
    {
        public static HistoryLine Of(SessionHistoryEntry entry) => new(GmsTime.Utc(entry.At), entry.Event, entry.From, entry.To, entry.Detail);
    }
}
