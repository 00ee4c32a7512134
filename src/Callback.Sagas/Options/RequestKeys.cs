using System.Collections.Frozen;

namespace Callback.Sagas.Options;

/// <summary>
/// Underscore keys that describe one request rather than configure a service: a client may always send them, and
/// no service configuration sets them. The web tier reads them from <see cref="MergedRequest.RequestValues"/>.
/// </summary>
public static class RequestKeys
{
    public const string CustomerNumber = "_customer_number";
    public const string DesiredTime = "_desired_time";
    public const string NewDesiredTime = "_new_desired_time";
    public const string DeviceOs = "_device_os";
    public const string DeviceNotificationId = "_device_notification_id";
    public const string Id = "_id";
    public const string CallbackState = "_callback_state";

    /// <summary>Sent by GMS's own sample page (false); this service does not model it, so it is carried, not refused.</summary>
    public const string ProvideCode = "_provide_code";

    internal static readonly FrozenSet<string> All = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        CustomerNumber, DesiredTime, NewDesiredTime, DeviceOs, DeviceNotificationId, Id, CallbackState, ProvideCode);
}
