namespace Callback.Web.Push;

/// <summary>The <c>_device_os</c> values this service delivers pushes to; GMS's others (gcm, fcm, ios, ...) it does not.</summary>
public static class DeviceOs
{
    public const string Comet = "comet";
    public const string HttpCallback = "httpcb";

    public static bool IsComet(string deviceOs) => string.Equals(deviceOs, Comet, StringComparison.OrdinalIgnoreCase);

    public static bool IsHttpCallback(string deviceOs) => string.Equals(deviceOs, HttpCallback, StringComparison.OrdinalIgnoreCase);
}
