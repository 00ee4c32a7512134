using System.Text.Json.Serialization;

namespace Callback.Web.Api.Availability;

/// <summary>
/// The V2 availability body: the bucket width, and the slots. <see cref="Timezone"/> and each slot's <c>localTime</c>
/// are there only when the request named a <c>timezone</c>, as GMS's iOS library expects.
/// </summary>
public sealed record AvailabilityV2Answer(
    [property: JsonPropertyName("durationMin")] int DurationMin,
    [property: JsonPropertyName("timezone"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Timezone,
    [property: JsonPropertyName("slots")] IReadOnlyList<AvailabilityV2Slot> Slots);

/// <summary>One V2 slot: its start (UTC, and on the requested zone's clock), free places and places in all.</summary>
public sealed record AvailabilityV2Slot(
    [property: JsonPropertyName("utcTime")] string UtcTime,
    [property: JsonPropertyName("localTime"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LocalTime,
    [property: JsonPropertyName("capacity")] int Capacity,
    [property: JsonPropertyName("total")] int Total);
