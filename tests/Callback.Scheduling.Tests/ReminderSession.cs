using MassTransit;

namespace Callback.Scheduling.Tests;

/// <summary>The instance of the tests' tiny saga: one reminder and the token of its timer.</summary>
public sealed class ReminderSession :
    SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = "";
    public Guid? DueToken { get; set; }
}
