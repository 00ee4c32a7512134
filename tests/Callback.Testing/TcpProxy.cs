using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Callback.Testing;

/// <summary>
/// A TCP relay on a loopback port of its own to one server (RabbitMQ, PostgreSQL), which a test can cut as a network
/// failure would: <see cref="Cut"/> resets every relayed connection and refuses new ones (accepted, then reset) until
/// <see cref="Restore"/>. The process under test is pointed at <see cref="Port"/> and never knows the difference.
/// </summary>
public sealed class TcpProxy :
    IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly string _host;
    readonly int _port;
    readonly CancellationTokenSource _stop = new();
    readonly ConcurrentDictionary<TcpClient, TcpClient> _relayed = new();
    readonly Task _accepting;
    volatile bool _cut;

    TcpProxy(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        _accepting = Accept();
    }

    /// <summary>The loopback port that relays to the server.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static TcpProxy To(string host, int port) => new(host, port);

    /// <summary>Resets every connection relayed so far, and every new one until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var (client, server) in _relayed)
            Reset(client, server);
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        foreach (var (client, server) in _relayed)
            Reset(client, server);
        _stop.Dispose();
    }

    async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                Reset(client);
                continue;
            }

            _ = Relay(client);
        }
    }

    async Task Relay(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_host, _port, _stop.Token);
            _relayed[client] = server;
            await Task.WhenAny(Pump(client, server), Pump(server, client));
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The connection ends either way; its two ends are closed below.
        }
        finally
        {
            _relayed.TryRemove(client, out _);
            Reset(client, server);
        }
    }

    async Task Pump(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _stop.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // One side went away (or was reset by Cut): the relay ends.
        }
    }

    /// <summary>Closes with a reset rather than a graceful close: what a client sees when the network or the server fails.</summary>
    static void Reset(params TcpClient[] ends)
    {
        foreach (var end in ends)
        {
            try
            {
                end.Client.LingerState = new LingerOption(true, 0);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            end.Dispose();
        }
    }
}
