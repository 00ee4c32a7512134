using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>Appends every state change of a session to its history, so no transition can forget to.</summary>
public class SessionHistoryRecorder(TimeProvider time) :
    IStateObserver<CallbackSession>
{
    public Task StateChanged(BehaviorContext<CallbackSession> context, State currentState, State? previousState)
    {
        // A new instance is first put into Initial; that is its creation, not a transition.
        if (previousState is not null)
        {
            context.Saga.History.Add(new SessionHistoryEntry(time.GetUtcNow(), context.Event.Name, previousState.Name, currentState.Name,
                currentState.Name == "Completed" ? context.Saga.Reason : null));
        }

        return Task.CompletedTask;
    }
}
