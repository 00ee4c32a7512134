using System.Text.Json;
using System.Text.Json.Nodes;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The JSON of a transport's payload: a Bayeux client sends an array of messages (the CometD client batches several
/// in one), some send a single object; the server always answers an array.
/// </summary>
public static class BayeuxBatch
{
    /// <summary>The messages of <paramref name="json"/>, or null when it is neither an array nor an object.</summary>
    public static IReadOnlyList<JsonElement>? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            return Messages(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<JsonElement>? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Messages(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static byte[] Write(IReadOnlyList<JsonObject> replies) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonArray([.. replies]));

    static List<JsonElement>? Messages(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => [.. root.EnumerateArray().Select(message => message.Clone())],
        JsonValueKind.Object => [root.Clone()],
        _ => null,
    };
}
