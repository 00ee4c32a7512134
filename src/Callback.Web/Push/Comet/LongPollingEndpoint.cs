using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The <c>long-polling</c> transport: a POST whose body is a batch of Bayeux messages, answered with the batch of
/// replies. The CometD client appends the message type to the URL (<c>/handshake</c>, <c>/connect</c>,
/// <c>/disconnect</c>, or just <c>/</c>) unless told not to; the body says everything, so all are the same endpoint.
/// Clients that post a form send the batch in its <c>message</c> field, as early Bayeux clients did.
/// </summary>
public static class LongPollingEndpoint
{
    public static IEndpointRouteBuilder MapLongPolling(this IEndpointRouteBuilder cometd)
    {
        cometd.MapPost("/", Poll);
        cometd.MapPost("/{messageType:regex(^(handshake|connect|disconnect)$)}", Poll);
        return cometd;
    }

    static async Task Poll(HttpContext context, BayeuxServer server, CometOptions options)
    {
        var request = context.Request;
        var aborted = context.RequestAborted;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        if (request.ContentLength > options.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var batch = request.HasFormContentType
            ? (await request.ReadFormAsync(aborted))["message"] is [{ } form] ? BayeuxBatch.Read(form) : null
            : await ReadJson(request, options.MaxRequestBytes, aborted);
        if (batch is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"The body must be a JSON array of Bayeux messages, of at most {options.MaxRequestBytes} bytes.", aborted);
            return;
        }

        var replies = await server.Handle(batch, BayeuxTransport.LongPolling, aborted);
        if (aborted.IsCancellationRequested)
            return;

        context.Response.ContentType = "application/json;charset=UTF-8";
        // A proxy or browser that cached a poll would replay old messages.
        context.Response.Headers.CacheControl = "no-cache, no-store";
        await context.Response.Body.WriteAsync(BayeuxBatch.Write(replies), aborted);
    }

    /// <summary>The body's messages; null when it is not Bayeux JSON or longer than <paramref name="maxBytes"/> (a chunked body has no length to check first).</summary>
    static async Task<IReadOnlyList<JsonElement>?> ReadJson(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
                return null;
            body.Write(buffer, 0, read);
        }
        return BayeuxBatch.Read(body.GetBuffer().AsSpan(0, (int)body.Length));
    }
}
