using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>Appends every state change of a session to its history, so no transition can forget to.</summary>
public class SessionHistoryRecorder(TimeProvider time) :
    IStateObserver<CallbackSession>
{
    public Task StateChanged(BehaviorContext<CallbackSession> context, State currentState, State previousState)
    {
        context.Saga.History.Add(new SessionHistoryEntry(time.GetUtcNow(), context.Event.Name, previousState?.Name ?? "Initial",
            currentState.Name, currentState.Name == "Completed" ? context.Saga.Reason : null));
        return Task.CompletedTask;
    }
}
