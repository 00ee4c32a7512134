using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Observability;
using MassTransit;

namespace Callback.Web.Push;

/// <summary>
/// Delivers the pushes that one instance delivers for all (on the competing <c>push-httpcb</c> queue): <c>httpcb</c>
/// POSTs the dialog to the URL in <c>_device_notification_id</c>; a <c>_device_os</c> this service cannot push to
/// (gcm, fcm, ios, ...) is reported as a failed delivery. <c>comet</c> is left to <see cref="CometPushConsumer"/>.
/// </summary>
public sealed class DevicePushConsumer(HttpCallbackDelivery delivery, CallbackMetrics metrics, TimeProvider time) :
    IConsumer<UserNotificationRequested>
{
    public async Task Consume(ConsumeContext<UserNotificationRequested> context)
    {
        var push = context.Message;
        if (DeviceOs.IsComet(push.DeviceOs))
            return;

        if (DeviceOs.IsHttpCallback(push.DeviceOs))
        {
            await delivery.Attempt(context, new HttpCallbackAttempt
            {
                SessionId = push.SessionId,
                Notification = DialogPayload.Name(push),
                Url = string.IsNullOrWhiteSpace(push.DeviceNotificationId) ? null : push.DeviceNotificationId,
                Body = DialogPayload.Json(push.Dialog),
                MaxAttempts = push.MaxDeliveryAttempts,
            });
            return;
        }

        metrics.PushDelivered(push.DeviceOs, PushOutcomes.Unsupported);
        await context.Publish(new PushDeliveryFailed
        {
            SessionId = push.SessionId,
            Notification = DialogPayload.Name(push),
            Channel = push.DeviceOs,
            Destination = push.DeviceNotificationId,
            Attempt = 1,
            MaxAttempts = 1,
            Error = $"device OS {push.DeviceOs} is not supported (comet and httpcb are)",
            At = time.GetUtcNow(),
        });
    }
}
