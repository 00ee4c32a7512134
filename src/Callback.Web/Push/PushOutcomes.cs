namespace Callback.Web.Push;

/// <summary>The <c>outcome</c> tag of <c>callback.push.deliveries</c>: few values, so that a dashboard can group by it.</summary>
public static class PushOutcomes
{
    /// <summary>An HTTP callback answered 2xx, or a comet push reached at least one subscriber of this instance.</summary>
    public const string Delivered = "delivered";

    /// <summary>A comet push this instance had no subscriber for (the device is connected elsewhere, or not at all).</summary>
    public const string NoSubscriber = "no_subscriber";

    /// <summary>An HTTP callback attempt failed and another is scheduled.</summary>
    public const string Retrying = "retrying";

    /// <summary>An HTTP callback failed for the last time, or could never work (no URL).</summary>
    public const string GivenUp = "given_up";

    /// <summary>A <c>_device_os</c> this service cannot push to (gcm, fcm, ios, ...).</summary>
    public const string Unsupported = "unsupported";
}
