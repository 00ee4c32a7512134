using System.Text.Json.Serialization;

namespace Callback.Web.Api.Admin;

/// <summary>The body of <c>POST /1/admin/callback/cancel</c>: <c>{"reason": "CANCELLED_BY_ADMIN", "ids": ["…"]}</c>.</summary>
public sealed record AdminCancelRequest(
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("ids")] IReadOnlyList<string>? Ids);
