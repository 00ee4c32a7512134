using Callback.Sagas.StateMachines;
using MassTransit.SagaStateMachine;

namespace Callback.Sagas.Tests.StateMachines;

/// <summary>Draws the state machine as a Mermaid state diagram, from MassTransit's own graph of it.</summary>
public static class StateMachineDiagram
{
    public static string Mermaid(CallbackStateMachine machine)
    {
        var graph = machine.GetGraph();
        var stateNames = machine.States.Select(s => s.Name).ToHashSet();
        bool IsState(Vertex v) => stateNames.Contains(v.Title);

        // The graph runs state -> event -> state; an event's edge into a state is a transition caused by it.
        var lines = (
            from result in graph.Edges
            where !IsState(result.From) && IsState(result.To)
            from cause in graph.Edges
            where cause.To.Equals(result.From) && IsState(cause.From) && cause.From.Title != result.To.Title
            select $"    {cause.From.Title} --> {result.To.Title} : {result.From.Title}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        return string.Join('\n', ["stateDiagram-v2", "    [*] --> Initial", .. lines, "    Completed --> [*]"]);
    }
}
