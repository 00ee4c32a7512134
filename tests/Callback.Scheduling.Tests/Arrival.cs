using MassTransit;

namespace Callback.Scheduling.Tests;

/// <summary>What reached the appointments queue, with the envelope it came in and the test clock's time.</summary>
public sealed record Arrival(
    Appointment Message,
    DateTimeOffset At,
    Guid? MessageId,
    Guid? CorrelationId,
    Guid? ConversationId,
    Guid? InitiatorId,
    Uri? ResponseAddress,
    Uri? FaultAddress,
    Guid? TokenId,
    IReadOnlyDictionary<string, object> Headers)
{
    public static Arrival Of(ConsumeContext<Appointment> context, DateTimeOffset at) => new(context.Message, at, context.MessageId,
        context.CorrelationId, context.ConversationId, context.InitiatorId, context.ResponseAddress, context.FaultAddress,
        context.GetSchedulingTokenId(), context.Headers.GetAll().DistinctBy(h => h.Key).ToDictionary(h => h.Key, h => h.Value));
}
