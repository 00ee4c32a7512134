using System.Text.Json.Serialization;

namespace Callback.Web.Api.Start;

/// <summary>The answer to a start or a reschedule: the callback's id, <c>{"_id": "…"}</c>, as GMS answers it.</summary>
public sealed record CallbackIdAnswer([property: JsonPropertyName("_id")] string Id);
