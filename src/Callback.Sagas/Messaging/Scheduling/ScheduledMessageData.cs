using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// The keys of a scheduled message's trigger data: everything the job needs to send the message later, as strings, so
/// that the ADO.NET store keeps them readable and no type has to survive a deployment. The names are MassTransit.Quartz's,
/// which makes a row read the same to anyone who knows that package.
/// </summary>
internal static class ScheduledMessageData
{
    public const string Destination = "Destination";

    /// <summary>The message as its sender serialized it, envelope included.</summary>
    public const string Body = "Body";

    public const string ContentType = "ContentType";

    /// <summary>The message's type URNs, joined with <c>;</c>.</summary>
    public const string MessageType = "MessageType";

    public const string MessageId = "MessageId";
    public const string CorrelationId = "CorrelationId";
    public const string ConversationId = "ConversationId";
    public const string InitiatorId = "InitiatorId";
    public const string RequestId = "RequestId";
    public const string SourceAddress = "SourceAddress";
    public const string ResponseAddress = "ResponseAddress";
    public const string FaultAddress = "FaultAddress";

    /// <summary>When the message stops being worth delivering, round-trip (<c>"O"</c>) format.</summary>
    public const string ExpirationTime = "ExpirationTime";

    /// <summary>The scheduling token, <c>"N"</c> format: the trigger's name, and the <c>MT-Scheduling-TokenId</c> header on delivery.</summary>
    public const string TokenId = "TokenId";

    /// <summary>The sender's headers, a JSON object.</summary>
    public const string HeadersAsJson = "HeadersAsJson";

    /// <summary>A value every scheduled message has; its absence means the row was not written by this scheduler.</summary>
    public static string Required(this JobDataMap data, string key) =>
        Optional(data, key) ?? throw new InvalidOperationException($"The scheduled message's trigger data has no {key}.");

    /// <summary>A value that only some messages have (ids, addresses, an expiration), or null.</summary>
    public static string? Optional(this JobDataMap data, string key) =>
        data.TryGetString(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
