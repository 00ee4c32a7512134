using System.Globalization;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Errors;
using Callback.Web.Api.Management;
using Callback.Web.Api.OpenApi;

namespace Callback.Web.Api.Admin;

/// <summary>
/// <c>GET /1/admin/callback/queues</c>: the callbacks due in a window, by service, <c>{"&lt;service&gt;": [records]}</c>.
/// Parameters: <c>target</c> (one service), <c>start_time</c> and <c>end_time</c> (ISO; by default 15 minutes ago and 24
/// hours ahead, as GMS), <c>states</c> (comma-separated GMS states), <c>max</c> (records in all), and any other key as a
/// filter on the records, <c>!</c> negating, all of them to hold. A callback's time is its desired time, or its creation
/// for an immediate one; records come soonest first.
/// </summary>
public static class QueuesEndpoint
{
    const string Target = "target";
    const string StartTime = "start_time";
    const string EndTime = "end_time";
    const string States = "states";
    const string Max = "max";

    static readonly TimeSpan DefaultBefore = TimeSpan.FromMinutes(15);
    static readonly TimeSpan DefaultAhead = TimeSpan.FromHours(24);
    static readonly IReadOnlySet<string> Parameters = new HashSet<string> { Target, StartTime, EndTime, States, Max };

    public static IEndpointRouteBuilder MapQueuesEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapGet("/1/admin/callback/queues", Queues)
            .WithSummary("Callbacks due in a window, by service")
            .WithDescription("A callback's time is its desired time, or its creation for an immediate one; records come soonest first, "
                + "services with none are left out. Any other key filters the records as in the query, ! included; the filters all hold "
                + "together (operand is refused here).")
            .WithQueryParameters([
                QueryParameter.Text(Target, "One service only."),
                QueryParameter.Time(StartTime, "The window's start; 15 minutes ago by default."),
                QueryParameter.Time(EndTime, "The window's end, not before the start; 24 hours ahead by default."),
                QueryParameter.CommaSeparated(States, "Only callbacks in these GMS states, comma-separated.", GmsCallbackState.All),
                QueryParameter.Count(Max, "At most this many records in the whole answer."),
                .. RecordFilterParameters.Keys,
            ])
            .ProducesJson("Each service's records, soonest first.", GmsSchemas.RecordsByService)
            .ProducesGmsError(StatusCodes.Status400BadRequest,
                "A time that is not ISO 8601, an end before the start, an unknown state, a max that is not a positive number, or an operand (GSGException).");
        return api;
    }

    static async Task<IResult> Queues(HttpRequest request, CallbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var parameters = request.Query;

        if (!TryTime(parameters[StartTime], now - DefaultBefore, out var start) || !TryTime(parameters[EndTime], now + DefaultAhead, out var end))
            return Refused($"{StartTime} and {EndTime} must be ISO 8601 times, e.g. 2026-11-25T09:00:00.000Z.");
        if (end < start)
            return Refused($"{EndTime} must not be before {StartTime}.");
        if (!TryStates(parameters[States], out var states))
            return Refused($"{States} must be a comma-separated list of {string.Join(", ", GmsCallbackState.All)}.");
        if (!TryMax(parameters[Max], out var max))
            return Refused($"{Max} must be a positive whole number.");
        if (RecordQuery.From(parameters, Parameters, out var error) is not { } filters || filters.Any)
            return Refused(error ?? $"Filters of {request.Path} all hold together: {RecordQuery.OperandKey} is not supported here.");

        var sessions = db.Sessions.Where(s => s.DesiredTime == null
            ? s.CreatedAt >= start && s.CreatedAt <= end
            : s.DesiredTime >= start && s.DesiredTime <= end);
        if (parameters[Target].ToString() is { Length: > 0 } target)
            sessions = sessions.Where(s => s.ServiceName == target);
        if (states is not null)
        {
            var sagaStates = states.SelectMany(GmsCallbackState.SagaStatesThatMayRead).ToList();
            sessions = sessions.Where(s => sagaStates.Contains(s.CurrentState));
        }

        var records = await CallbackRecords.Find(sessions, filters, now, CallbackRecord.BaseUrlOf(request), cancellationToken);

        var answer = records
            .Where(r => states is null || states.Contains(r[CallbackRecord.State]))
            .OrderBy(r => r[CallbackRecord.DesiredTime], StringComparer.Ordinal)
            .Take(max)
            .GroupBy(r => r[CallbackRecord.ServiceName])
            .ToDictionary(g => g.Key, g => g.ToList());

        return Results.Json(answer);
    }

    static IResult Refused(string message) => GmsResults.BadRequest(GmsExceptions.General, message);

    static bool TryTime(string? text, DateTimeOffset byDefault, out DateTimeOffset time)
    {
        time = byDefault;
        if (string.IsNullOrEmpty(text))
            return true;
        if (GmsTime.Parse(text, TimeZoneInfo.Utc) is not { } parsed)
            return false;
        time = parsed;
        return true;
    }

    static bool TryStates(string? text, out HashSet<string>? states)
    {
        states = string.IsNullOrEmpty(text)
            ? null
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return states is null || (states.Count > 0 && states.All(GmsCallbackState.All.Contains));
    }

    static bool TryMax(string? text, out int max)
    {
        max = int.MaxValue;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out max) && max > 0);
    }
}
