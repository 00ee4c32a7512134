using Callback.Web.Push.Comet;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>
/// The web application on a real loopback port and the system clock, for clients that open their own sockets (the
/// CometD client under Node). The hold is short so that real timeouts happen within a test.
/// </summary>
public sealed class CometKestrelHost : IDisposable
{
    public const int TimeoutMilliseconds = 2000;

    readonly GenesysApiHost _host = new(new Dictionary<string, string?>
    {
        ["Push:Comet:Timeout"] = TimeoutMilliseconds.ToString(),
    }, realTime: true);

    public CometKestrelHost()
    {
        _host.UseKestrel(0);
        _host.StartServer();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), CometD.Path).ToString();
    }

    /// <summary>The CometD URL, as a device configures its client.</summary>
    public string Url { get; }

    public ICometPublisher Publisher => _host.Services.GetRequiredService<ICometPublisher>();

    public CometSessions Sessions => _host.Services.GetRequiredService<CometSessions>();

    public void Dispose() => _host.Dispose();
}
