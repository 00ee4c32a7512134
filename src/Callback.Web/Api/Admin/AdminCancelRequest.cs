using System.Text.Json.Serialization;

namespace Callback.Web.Api.Admin;

/// <summary>
/// The body of <c>POST /1/admin/callback/cancel</c>: <c>{"reason": "CANCELLED_BY_ADMIN", "ids": ["…"]}</c>. The reason may
/// be left out (its default says so to the OpenAPI document too).
/// </summary>
public sealed record AdminCancelRequest(
    [property: JsonPropertyName("ids")] IReadOnlyList<string>? Ids,
    [property: JsonPropertyName("reason")] string? Reason = null);
