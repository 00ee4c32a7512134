using MassTransit;
using MassTransit.Scheduling;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>The scheduler's endpoint: the <c>quartz</c> queue (<c>Scheduler:QueueName</c>).</summary>
public sealed class ScheduleMessageConsumerDefinition :
    ConsumerDefinition<ScheduleMessageConsumer>
{
    readonly int _partitions;

    public ScheduleMessageConsumerDefinition(MessageSchedulerOptions options)
    {
        _partitions = options.ConcurrentMessageLimit ?? options.PrefetchCount;

        Endpoint(e =>
        {
            e.Name = options.QueueName;
            e.PrefetchCount = options.PrefetchCount;
            e.ConcurrentMessageLimit = _partitions;
        });
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScheduleMessageConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // A job store's database that is briefly unavailable or deadlocked is tried again before the command faults, and a
        // cancel that overtook its schedule (ScheduleMessageConsumer.OvertakingCancelRetries of these) waits for it.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 250, 500, 1000, 2000));

        // One partition per token: a schedule and the cancel of the same token are stored one after the other, in the
        // order this process received them, never at once. Across processes, Quartz's own lock orders them.
        var partitioner = endpointConfigurator.CreatePartitioner(_partitions);
        consumerConfigurator.Message<ScheduleMessage>(m => m.UsePartitioner(partitioner, p => p.Message.CorrelationId));
        consumerConfigurator.Message<CancelScheduledMessage>(m => m.UsePartitioner(partitioner, p => p.Message.TokenId));
    }
}
