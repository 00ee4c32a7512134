using Callback.Sagas.Contracts.Push;

namespace Callback.Web.Push;

/// <summary>The Bayeux channel a device subscribes to for its session's pushes, as in GMS.</summary>
public static class CometChannel
{
    const string Prefix = "/_genesys/callback/";

    /// <summary><c>/_genesys/callback/{_device_notification_id}</c>, or <c>/_genesys/callback/{_id}</c> when the request named none.</summary>
    public static string Of(UserNotificationRequested push) =>
        Prefix + (string.IsNullOrWhiteSpace(push.DeviceNotificationId) ? push.SessionId.ToString() : push.DeviceNotificationId);
}
