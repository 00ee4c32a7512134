using System.Text.Json;

namespace Callback.Web.Push.Comet;

/// <summary>
/// Hands data to the Bayeux clients of this web instance that subscribe to a channel. A device's long poll (or socket)
/// is held by one instance, so every instance receives every comet push and delivers it to its own subscribers.
/// </summary>
public interface ICometPublisher
{
    /// <summary>Queues <paramref name="data"/> for each client of this instance subscribed to <paramref name="channel"/>; returns how many.</summary>
    int Publish(string channel, JsonElement data);
}
