namespace Callback.Web.Push.Comet;

/// <summary>How a <c>/meta/connect</c> ended and what it brings the client.</summary>
public sealed record ConnectResult(ConnectEnd End, IReadOnlyList<CometDelivery> Messages)
{
    public static readonly ConnectResult Gone = new(ConnectEnd.Gone, []);
    public static readonly ConnectResult Superseded = new(ConnectEnd.Superseded, []);
    public static readonly ConnectResult Aborted = new(ConnectEnd.Aborted, []);

    public static ConnectResult With(IReadOnlyList<CometDelivery> messages) => new(ConnectEnd.Delivered, messages);
}

public enum ConnectEnd
{
    /// <summary>Answered with the queued messages (maybe none, when the hold timed out).</summary>
    Delivered,

    /// <summary>A newer connect of the same client took over.</summary>
    Superseded,

    /// <summary>The client was removed (disconnected, expired) meanwhile, or before.</summary>
    Gone,

    /// <summary>The request or socket went away; the queue waits for the next connect.</summary>
    Aborted,
}
