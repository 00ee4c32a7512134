using MassTransit;

namespace Callback.Scheduling.Tests;

public sealed class AppointmentConsumerDefinition :
    ConsumerDefinition<AppointmentConsumer>
{
    public const string QueueName = "appointments";

    public AppointmentConsumerDefinition()
    {
        EndpointName = QueueName;
    }
}
