namespace Callback.Sagas.StateMachines;

/// <summary>One line of a session's history: a state change (<see cref="From"/> differs from <see cref="To"/>) or a notable event within a state.</summary>
public record SessionHistoryEntry(DateTimeOffset At, string Event, string From, string To, string? Detail = null);
