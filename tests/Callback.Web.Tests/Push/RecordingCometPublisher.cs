using System.Collections.Concurrent;
using System.Text.Json;
using Callback.Web.Push.Comet;

namespace Callback.Web.Tests.Push;

/// <summary>
/// The CometD server's seam as the web tier's comet consumer sees it: records what it was handed and answers with
/// <see cref="Subscribers"/>. The push specs register it in place of the CometD server, which has specs of its own.
/// </summary>
public sealed class RecordingCometPublisher :
    ICometPublisher
{
    readonly ConcurrentQueue<CometPublication> _published = new();

    /// <summary>How many subscribers each publication reaches.</summary>
    public int Subscribers { get; set; } = 1;

    public IReadOnlyList<CometPublication> Published => [.. _published];

    public int Publish(string channel, JsonElement data)
    {
        _published.Enqueue(new CometPublication(channel, data.Clone()));
        return Subscribers;
    }
}
