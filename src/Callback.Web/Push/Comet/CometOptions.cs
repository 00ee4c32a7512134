using System.Globalization;

namespace Callback.Web.Push.Comet;

/// <summary>
/// How the CometD server holds and keeps clients, read from <c>Push:Comet</c>. Durations are in milliseconds, as
/// CometD servers and the Bayeux advice spell them.
/// </summary>
public sealed record CometOptions
{
    public const string Section = "Push:Comet";

    /// <summary>How long a <c>/meta/connect</c> is held when nothing arrives for the client (advice <c>timeout</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>How long a client waits after a connect reply before the next one (advice <c>interval</c>).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.Zero;

    /// <summary>How long a client may stay away beyond timeout and interval before it is forgotten (advice <c>maxInterval</c>).</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages kept for one client; beyond it the oldest go, so that a client that never comes back costs bounded memory.</summary>
    public int MaxQueue { get; init; } = 1000;

    /// <summary>Clients one instance keeps; further handshakes are refused until some leave.</summary>
    public int MaxClients { get; init; } = 100_000;

    /// <summary>The largest request body or WebSocket frame read; the CometD client's own limit per message is 8 KiB.</summary>
    public int MaxRequestBytes { get; init; } = 64 * 1024;

    /// <summary>How long a client without a held connect is kept: the hold it may still be in, its interval, and its grace.</summary>
    public TimeSpan Expiry => Timeout + Interval + MaxInterval;

    public static CometOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var standard = new CometOptions();

        int Number(string key, int fallback, int minimum)
        {
            var text = section[key];
            if (string.IsNullOrWhiteSpace(text))
                return fallback;
            if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
                throw new InvalidOperationException($"{Section}:{key} must be a whole number of at least {minimum}, not '{text}'.");
            return value;
        }

        TimeSpan Milliseconds(string key, TimeSpan fallback, int minimum) =>
            TimeSpan.FromMilliseconds(Number(key, (int)fallback.TotalMilliseconds, minimum));

        return new CometOptions
        {
            Timeout = Milliseconds(nameof(Timeout), standard.Timeout, 0),
            Interval = Milliseconds(nameof(Interval), standard.Interval, 0),
            MaxInterval = Milliseconds(nameof(MaxInterval), standard.MaxInterval, 1),
            MaxQueue = Number(nameof(MaxQueue), standard.MaxQueue, 1),
            MaxClients = Number(nameof(MaxClients), standard.MaxClients, 1),
            MaxRequestBytes = Number(nameof(MaxRequestBytes), standard.MaxRequestBytes, 1024),
        };
    }
}
