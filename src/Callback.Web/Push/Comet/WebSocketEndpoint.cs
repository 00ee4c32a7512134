using System.Net.WebSockets;
using System.Text.Json;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The <c>websocket</c> transport: the CometD client opens a socket on the server URL itself and sends batches as
/// text frames; each is answered with one frame. Frames are handled in order, except that one holding a
/// <c>/meta/connect</c> is answered when its connect ends, so that a subscribe sent meanwhile is not stuck behind it.
/// When the socket closes, the held connect is let go and the client's queue waits for it to come back.
/// </summary>
public static class WebSocketEndpoint
{
    public static IEndpointRouteBuilder MapWebSocket(this IEndpointRouteBuilder cometd)
    {
        cometd.MapGet("/", Serve);
        return cometd;
    }

    static async Task Serve(HttpContext context, BayeuxServer server, CometOptions options, ILoggerFactory loggers)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("CometD: POST Bayeux messages (long-polling) or open a WebSocket here.", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var sending = new SemaphoreSlim(1, 1);
        var connects = new List<Task>();
        var log = loggers.CreateLogger(typeof(WebSocketEndpoint));

        try
        {
            while (await Receive(socket, options.MaxRequestBytes, closing.Token) is { } frame)
            {
                if (BayeuxBatch.Read(frame) is not { } batch)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.InvalidPayloadData, "Not a batch of Bayeux messages", closing.Token);
                    break;
                }

                var answer = Answer(batch);
                if (batch.Any(IsConnect))
                {
                    connects.RemoveAll(task => task.IsCompleted);
                    connects.Add(answer);
                }
                else
                {
                    await answer;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            log.LogDebug(exception, "CometD WebSocket ended abruptly");
        }
        finally
        {
            // Lets the held connect go; its answers end on their own, having nowhere to go.
            await closing.CancelAsync();
            await Task.WhenAll(connects);
            sending.Dispose();
        }

        async Task Answer(IReadOnlyList<JsonElement> batch)
        {
            var replies = await server.Handle(batch, BayeuxTransport.WebSocket, closing.Token);
            if (replies.Count == 0 || closing.IsCancellationRequested)
                return;
            try
            {
                await sending.WaitAsync(closing.Token);
                try
                {
                    await socket.SendAsync(BayeuxBatch.Write(replies), WebSocketMessageType.Text, endOfMessage: true, closing.Token);
                }
                finally
                {
                    sending.Release();
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The socket closed under the reply; the client reconnects and whatever it did not read was its to lose.
                log.LogDebug(exception, "CometD WebSocket reply not sent");
            }
        }
    }

    static bool IsConnect(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object &&
        message.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.String &&
        channel.GetString() == BayeuxChannel.Connect;

    /// <summary>One whole text frame, or null when the client closes; a frame longer than <paramref name="maxBytes"/> closes the socket.</summary>
    static async Task<byte[]?> Receive(WebSocket socket, int maxBytes, CancellationToken cancellationToken)
    {
        using var frame = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return null;
            }
            if (frame.Length + result.Count > maxBytes)
            {
                await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Frames are limited to {maxBytes} bytes", cancellationToken);
                return null;
            }
            frame.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return frame.ToArray();
        }
    }
}
