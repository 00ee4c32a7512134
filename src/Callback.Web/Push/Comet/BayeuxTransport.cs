namespace Callback.Web.Push.Comet;

/// <summary>The Bayeux connection types this server speaks, in the order it prefers them.</summary>
public static class BayeuxTransport
{
    public const string WebSocket = "websocket";
    public const string LongPolling = "long-polling";

    public static readonly IReadOnlyList<string> Supported = [WebSocket, LongPolling];

    public static bool IsSupported(string connectionType) => Supported.Contains(connectionType, StringComparer.Ordinal);
}
