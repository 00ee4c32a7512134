using System.Text.Json;
using Callback.Web.Push.Comet;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>The CometD server's client sessions on a clock the test moves, with the default options unless told.</summary>
public sealed class CometClients(CometOptions? options = null)
{
    public FakeTimeProvider Clock { get; } = new(GenesysApiHost.Start);

    public CometOptions Options { get; } = options ?? new CometOptions();

    public CometSessions Sessions => _sessions ??= new CometSessions(Options, Clock, NullLogger<CometSessions>.Instance);

    CometSessions? _sessions;

    /// <summary>A client that handshook and subscribed to <paramref name="subscriptions"/>.</summary>
    public CometSession Subscribed(params string[] subscriptions)
    {
        var session = Sessions.Create() ?? throw new InvalidOperationException("The test host is full.");
        foreach (var subscription in subscriptions)
            Sessions.Subscribe(session, subscription);
        return session;
    }

    public Task<ConnectResult> Connect(CometSession session, CancellationToken aborted = default) =>
        session.Connect(Options.Timeout, Clock, aborted);

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    public static string[] Texts(ConnectResult result) => [.. result.Messages.Select(message => message.Data.GetRawText())];
}
