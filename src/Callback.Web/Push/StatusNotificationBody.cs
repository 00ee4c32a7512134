using System.Text.Json.Serialization;
using Callback.Sagas.Contracts.Push;
using Callback.Web.Api;

namespace Callback.Web.Push;

/// <summary>
/// The JSON a status notification target receives, in GMS's style of keys, e.g.
/// <c>{"_id": "...", "_service_name": "user-delayed", "_event": "_cbe_on_dial_init", "_callback_state": "ROUTING",
/// "_time": "2026-11-25T09:00:20.000Z", "_customer_number": "5115"}</c>; <c>_callback_reason</c> only once the
/// session completed.
/// </summary>
public sealed record StatusNotificationBody
{
    [JsonPropertyName("_id")]
    public required string Id { get; init; }

    [JsonPropertyName("_service_name")]
    public required string ServiceName { get; init; }

    [JsonPropertyName("_event")]
    public required string Event { get; init; }

    [JsonPropertyName("_callback_state")]
    public required string CallbackState { get; init; }

    [JsonPropertyName("_callback_reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallbackReason { get; init; }

    /// <summary>When the session reached the event, as GMS writes times.</summary>
    [JsonPropertyName("_time")]
    public required string Time { get; init; }

    [JsonPropertyName("_customer_number")]
    public required string CustomerNumber { get; init; }

    public static StatusNotificationBody Of(StatusNotificationRequested status) => new()
    {
        Id = status.SessionId.ToString(),
        ServiceName = status.ServiceName,
        Event = status.Event,
        CallbackState = status.CallbackState,
        CallbackReason = status.CallbackReason,
        Time = GmsTime.Utc(status.At),
        CustomerNumber = status.CustomerNumber,
    };
}
