using System.Text.Json;
using Callback.Sagas.Contracts.Push;
using MassTransit;

namespace Callback.Web.Push;

/// <summary>POSTs a session's status notification to its <c>_status_notification_target</c>, retried as an httpcb push is.</summary>
public sealed class StatusNotificationConsumer(HttpCallbackDelivery delivery) :
    IConsumer<StatusNotificationRequested>
{
    public Task Consume(ConsumeContext<StatusNotificationRequested> context)
    {
        var status = context.Message;
        return delivery.Attempt(context, new HttpCallbackAttempt
        {
            SessionId = status.SessionId,
            Notification = $"status {status.Event}",
            Url = status.Target,
            Body = JsonSerializer.Serialize(StatusNotificationBody.Of(status)),
            MaxAttempts = status.MaxDeliveryAttempts,
        });
    }
}
