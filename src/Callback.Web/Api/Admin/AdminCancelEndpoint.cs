using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Errors;
using Callback.Web.Api.Management;
using Callback.Web.Api.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace Callback.Web.Api.Admin;

/// <summary>
/// <c>POST /1/admin/callback/cancel</c> with <c>{"reason": "CANCELLED_BY_ADMIN", "ids": [...]}</c>: cancels many sessions
/// of any service; each ends <c>COMPLETED</c> with the reason given (<c>CANCELLED_BY_ADMIN</c> when none is). GMS's answer
/// is not documented; ours says which ids were cancelled and which name no running callback (unknown or already
/// completed): <c>{"cancelled": [...], "not_found": [...]}</c>.
/// </summary>
public static partial class AdminCancelEndpoint
{
    /// <summary>The size of the saga's reason column.</summary>
    const int MaxReasonLength = 64;

    public static IEndpointRouteBuilder MapAdminCancelEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/1/admin/callback/cancel", Cancel)
            .WithSummary("Cancel callbacks of any service")
            .WithDescription($"Each running callback named ends COMPLETED with the reason given ({CallbackReason.CancelledByAdmin} when none is): "
                + $"capitals, digits and underscores, at most {MaxReasonLength}. GMS does not document its answer; ours lists the ids "
                + "cancelled and those naming no running callback (unknown, not an id, or already completed).")
            .Accepts<AdminCancelRequest>("application/json")
            .Produces<AdminCancelled>()
            .ProducesGmsError(StatusCodes.Status400BadRequest, "The body is not JSON, has no ids, or its reason is not a GMS reason (GSGException).");
        return api;
    }

    static async Task<IResult> Cancel(HttpRequest request, CallbackUnitOfWork work, SlotBookings bookings, TimeProvider time,
        CancellationToken cancellationToken)
    {
        AdminCancelRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<AdminCancelRequest>(cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return Refused("The body must be JSON: {\"reason\": \"CANCELLED_BY_ADMIN\", \"ids\": [\"<id>\", ...]}.");
        }

        if (body?.Ids is not { Count: > 0 } ids)
            return Refused("Give the ids of the callbacks to cancel: {\"reason\": \"CANCELLED_BY_ADMIN\", \"ids\": [\"<id>\", ...]}.");

        var reason = string.IsNullOrEmpty(body.Reason) ? CallbackReason.CancelledByAdmin : body.Reason;
        if (reason.Length > MaxReasonLength || !ReasonPattern().IsMatch(reason))
            return Refused($"The reason must be a GMS reason such as {CallbackReason.CancelledByAdmin}: capitals, digits and underscores, at most {MaxReasonLength}.");

        var sessionIds = ids.Select(id => Guid.TryParse(id, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
        var completed = nameof(CallbackStateMachine.Completed);
        await work.BeginAsync(cancellationToken);
        var running = await work.Db.Sessions.AsNoTracking().Started()
            .Where(s => sessionIds.Contains(s.CorrelationId) && s.CurrentState != completed)
            .Select(s => s.CorrelationId)
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        foreach (var sessionId in running)
        {
            await bookings.Release(work.Db, sessionId, cancellationToken);
            await work.Publish(new CancelRequested { SessionId = sessionId, Reason = reason, RequestedAt = now }, cancellationToken);
        }

        await work.CommitAsync(cancellationToken);

        var cancelled = running.ToHashSet();
        return Results.Json(new AdminCancelled(
            [.. ids.Where(id => Guid.TryParse(id, out var g) && cancelled.Contains(g))],
            [.. ids.Where(id => !Guid.TryParse(id, out var g) || !cancelled.Contains(g))]));
    }

    static IResult Refused(string message) => GmsResults.BadRequest(GmsExceptions.General, message);

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex ReasonPattern();

    sealed record AdminCancelled(
        [property: JsonPropertyName("cancelled")] IReadOnlyList<string> Cancelled,
        [property: JsonPropertyName("not_found")] IReadOnlyList<string> NotFound);
}
