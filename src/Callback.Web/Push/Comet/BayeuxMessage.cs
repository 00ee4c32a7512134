using System.Text.Json;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The fields of one incoming Bayeux message the server acts on. Unknown fields are ignored, as Bayeux asks;
/// <c>id</c> is kept as sent (a string from the CometD client, a number from some others) to be echoed back.
/// </summary>
public sealed record BayeuxMessage
{
    public string? Channel { get; init; }
    public JsonElement? Id { get; init; }
    public string? ClientId { get; init; }
    public JsonElement? Data { get; init; }
    public string? ConnectionType { get; init; }
    public IReadOnlyList<string>? SupportedConnectionTypes { get; init; }

    /// <summary><c>subscription</c>: one channel, or several in an array.</summary>
    public IReadOnlyList<string>? Subscriptions { get; init; }

    /// <summary><c>subscription</c> as sent, echoed in the reply.</summary>
    public JsonElement? SubscriptionField { get; init; }

    /// <summary>The client's <c>advice.timeout</c>: the CometD client sends 0 on its first connect after a break to be answered at once.</summary>
    public TimeSpan? AdviceTimeout { get; init; }

    /// <summary>Reads <paramref name="element"/>, or null when it is not a JSON object.</summary>
    public static BayeuxMessage? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return null;

        return new BayeuxMessage
        {
            Channel = Text(element, "channel"),
            Id = element.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null ? id.Clone() : null,
            ClientId = Text(element, "clientId"),
            Data = element.TryGetProperty("data", out var data) ? data.Clone() : null,
            ConnectionType = Text(element, "connectionType"),
            SupportedConnectionTypes = Texts(element, "supportedConnectionTypes"),
            Subscriptions = Texts(element, "subscription"),
            SubscriptionField = element.TryGetProperty("subscription", out var subscription) ? subscription.Clone() : null,
            AdviceTimeout = element.TryGetProperty("advice", out var advice) && advice.ValueKind == JsonValueKind.Object &&
                            advice.TryGetProperty("timeout", out var timeout) && timeout.TryGetDouble(out var milliseconds) && milliseconds >= 0
                ? TimeSpan.FromMilliseconds(milliseconds)
                : null,
        };
    }

    static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static List<string>? Texts(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return [value.GetString()!];
        if (value.ValueKind != JsonValueKind.Array)
            return null;
        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String)
                texts.Add(item.GetString()!);
        return texts;
    }
}
