using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Observability;
using Callback.Web.Push.Comet;
using MassTransit;

namespace Callback.Web.Push;

/// <summary>
/// Hands a <c>comet</c> push to the CometD clients of this instance. Every instance receives every push on its own
/// endpoint (<see cref="CometPushConsumerDefinition"/>), since only the instance holding the device's connection can
/// deliver it; each reports how many subscribers it handed the dialog to, so the history shows where it went.
/// </summary>
public sealed class CometPushConsumer(ICometPublisher publisher, WebInstance instance, CallbackMetrics metrics, TimeProvider time) :
    IConsumer<UserNotificationRequested>
{
    public async Task Consume(ConsumeContext<UserNotificationRequested> context)
    {
        var push = context.Message;
        if (!DeviceOs.IsComet(push.DeviceOs))
            return;

        var channel = CometChannel.Of(push);
        var subscribers = publisher.Publish(channel, DialogPayload.Element(push.Dialog));
        // Every instance counts its own hand-off; the sum over instances of "delivered" is the pushes that reached a device.
        metrics.PushDelivered(DeviceOs.Comet, subscribers > 0 ? PushOutcomes.Delivered : PushOutcomes.NoSubscriber);

        // A Bayeux push is handed over once; there is nothing to retry on an instance the device is not connected to.
        await context.Publish(new PushDelivered
        {
            SessionId = push.SessionId,
            Notification = DialogPayload.Name(push),
            Channel = DeviceOs.Comet,
            Destination = channel,
            Attempt = 1,
            MaxAttempts = 1,
            Outcome = $"handed to {subscribers} subscriber{(subscribers == 1 ? "" : "s")} on instance {instance.Id}",
            At = time.GetUtcNow(),
        });
    }
}
