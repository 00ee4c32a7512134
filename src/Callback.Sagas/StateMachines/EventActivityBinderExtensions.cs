using MassTransit;

namespace Callback.Sagas.StateMachines;

public static class EventActivityBinderExtensions
{
    /// <summary>Continues a chain with a shared step, so that a transition reads top to bottom: <c>.Unschedule(X).Do(Dial)</c>.</summary>
    public static EventActivityBinder<TSaga, T> Do<TSaga, T>(this EventActivityBinder<TSaga, T> binder,
        Func<EventActivityBinder<TSaga, T>, EventActivityBinder<TSaga, T>> step)
        where TSaga : class, SagaStateMachineInstance
        where T : class => step(binder);
}
