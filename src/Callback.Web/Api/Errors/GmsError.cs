using System.Text.Json.Serialization;

namespace Callback.Web.Api.Errors;

/// <summary>
/// The error body every GMS endpoint answers with: the Java exception class a GMS client recognises (<c>exception</c>),
/// the HTTP status as <c>code</c> and its reason as <c>phrase</c>, a human <c>message</c>, and where a desired time is
/// refused the slots that could be booked instead (<c>availability</c>, ISO UTC time to free places).
/// </summary>
public sealed record GmsError(
    [property: JsonPropertyName("exception")] string Exception,
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("phrase")] string Phrase,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("availability"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyDictionary<string, int>? Availability = null);
