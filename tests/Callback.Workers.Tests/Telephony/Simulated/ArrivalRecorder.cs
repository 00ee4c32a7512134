using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using MassTransit;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>Stands in for the saga: takes every event the simulated adapters publish and notes when it arrived.</summary>
sealed class ArrivalRecorder(Arrivals arrivals, TimeProvider time) :
    IConsumer<EwtReported>,
    IConsumer<AgentAvailable>,
    IConsumer<TargetReserved>,
    IConsumer<TargetNotReserved>,
    IConsumer<CallDialing>,
    IConsumer<CallAnswered>,
    IConsumer<CallFailed>,
    IConsumer<CallRouted>,
    IConsumer<CallRoutingFailed>,
    IConsumer<CallReleased>
{
    public Task Consume(ConsumeContext<EwtReported> context) => Record(context.Message);
    public Task Consume(ConsumeContext<AgentAvailable> context) => Record(context.Message);
    public Task Consume(ConsumeContext<TargetReserved> context) => Record(context.Message);
    public Task Consume(ConsumeContext<TargetNotReserved> context) => Record(context.Message);
    public Task Consume(ConsumeContext<CallDialing> context) => Record(context.Message);
    public Task Consume(ConsumeContext<CallAnswered> context) => Record(context.Message);
    public Task Consume(ConsumeContext<CallFailed> context) => Record(context.Message);
    public Task Consume(ConsumeContext<CallRouted> context) => Record(context.Message);
    public Task Consume(ConsumeContext<CallRoutingFailed> context) => Record(context.Message);
    public Task Consume(ConsumeContext<CallReleased> context) => Record(context.Message);

    Task Record(object message)
    {
        arrivals.Add(message, time.GetUtcNow());
        return Task.CompletedTask;
    }
}
