namespace Callback.Web.Push;

/// <summary>
/// One try to POST an HTTP callback (an httpcb push or a status notification). The first is made when the saga asks;
/// each retry travels as this message through the message scheduler to the <c>push-httpcb</c> queue, so a retry
/// survives a restart of the web tier and is made by whichever instance takes it.
/// </summary>
public record HttpCallbackAttempt
{
    public required Guid SessionId { get; init; }

    /// <summary>What is delivered, as the session's history names it: <c>dialog 1</c>, <c>status _cbe_on_dial_init</c>.</summary>
    public required string Notification { get; init; }

    /// <summary>The push's <c>_device_os</c> or the status notification's type: <c>httpcb</c>.</summary>
    public string Channel { get; init; } = DeviceOs.HttpCallback;

    /// <summary>The URL to POST to; null when the request named none, which fails without a retry.</summary>
    public required string? Url { get; init; }

    /// <summary>The JSON body, exactly as it is POSTed.</summary>
    public required string Body { get; init; }

    /// <summary>This try, from 1.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary><c>_max_notify_delivery_attempts</c>.</summary>
    public required int MaxAttempts { get; init; }
}
