using System.Text.Json;
using System.Text.Json.Nodes;

namespace Callback.Web.Push.Comet;

/// <summary>
/// One message waiting in a client's queue. <paramref name="Data"/> must outlive the document it came from (cloned
/// once when published), since it waits for the client's next connect.
/// </summary>
public sealed record CometDelivery(string Channel, JsonElement Data)
{
    /// <summary>The Bayeux message; it has <c>data</c>, which is how a client tells a delivery from a publish reply.</summary>
    public JsonObject ToJson() => new()
    {
        ["channel"] = Channel,
        ["data"] = JsonSerializer.SerializeToNode(Data),
    };
}
