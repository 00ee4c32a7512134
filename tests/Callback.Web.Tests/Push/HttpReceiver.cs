using System.Collections.Concurrent;
using Callback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Callback.Web.Tests.Push;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a port of its own) standing for a device's httpcb URL or a status notification
/// target: it records every POST and answers the first <c>failFirst</c> with 503, the rest with 200.
/// </summary>
public sealed class HttpReceiver :
    IAsyncDisposable
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    readonly WebApplication _app;
    readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    readonly int _failFirst;
    int _count;
    bool _stopped;

    HttpReceiver(int failFirst)
    {
        _failFirst = failFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/{**path}", Receive);
    }

    public static async Task<HttpReceiver> StartAsync(int failFirst = 0)
    {
        var receiver = new HttpReceiver(failFirst);
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>The receiver's URL for <paramref name="path"/>.</summary>
    public string Url(string path) =>
        new Uri(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()), path).ToString();

    /// <summary>The POSTs received so far, oldest first.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>Waits until <paramref name="count"/> POSTs have arrived in all, and returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> Received(int count)
    {
        await Polling.WaitFor(() => _requests.Count >= count, $"{count} POSTs to the receiver (it has {_requests.Count})", Timeout);
        return Requests;
    }

    async Task Receive(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = Interlocked.Increment(ref _count) <= _failFirst ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        _requests.Enqueue(new ReceivedRequest(context.Request.Path, context.Request.ContentType, body, status));
        context.Response.StatusCode = status;
    }

    /// <summary>Stops the server (a test may stop it early, to refuse connections); its URLs stay known.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
            return;

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedRequest(string Path, string? ContentType, string Body, int AnsweredWith);
