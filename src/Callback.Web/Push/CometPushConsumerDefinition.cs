using MassTransit;

namespace Callback.Web.Push;

/// <summary>
/// One endpoint per web instance (<c>push-comet-{instance}</c>), temporary: on RabbitMQ an auto-delete queue that goes
/// away with its instance, so a stopped instance leaves no queue collecting pushes nobody can deliver. No retry: a
/// second try would push the dialog to the same devices again.
/// </summary>
public sealed class CometPushConsumerDefinition :
    ConsumerDefinition<CometPushConsumer>
{
    public CometPushConsumerDefinition(WebInstance instance)
    {
        Endpoint(e =>
        {
            e.Name = "push-comet";
            e.InstanceId = instance.Id;
            e.Temporary = true;
        });
    }
}
