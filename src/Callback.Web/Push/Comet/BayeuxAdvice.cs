using System.Text.Json.Nodes;

namespace Callback.Web.Push.Comet;

/// <summary>
/// What the server tells a client to do next (<c>reconnect</c>) and when (<c>interval</c>, <c>timeout</c>,
/// <c>maxInterval</c>, in milliseconds). The CometD client also uses <c>maxInterval</c> to handshake again on its own
/// once it has been away long enough for the server to have forgotten it.
/// </summary>
public static class BayeuxAdvice
{
    /// <summary>Connect again after <c>interval</c>; the server holds a connect up to <c>timeout</c>.</summary>
    public static JsonObject Retry(CometOptions options) => new()
    {
        ["reconnect"] = "retry",
        ["interval"] = (long)options.Interval.TotalMilliseconds,
        ["timeout"] = (long)options.Timeout.TotalMilliseconds,
        ["maxInterval"] = (long)options.MaxInterval.TotalMilliseconds,
    };

    /// <summary>Handshake again, after <paramref name="interval"/> when the server wants a pause (it is full).</summary>
    public static JsonObject Handshake(TimeSpan interval = default) => new()
    {
        ["reconnect"] = "handshake",
        ["interval"] = (long)interval.TotalMilliseconds,
    };

    /// <summary>Stop: do not connect or handshake again.</summary>
    public static JsonObject None() => new() { ["reconnect"] = "none" };
}
