using System.Collections.Concurrent;

namespace Callback.Persistence.Tests;

/// <summary>When each reminder arrived, on the test's clock.</summary>
public sealed class Reminders
{
    readonly ConcurrentDictionary<Guid, TaskCompletionSource<DateTimeOffset>> _arrivals = new();

    public void Arrived(Guid reminderId, DateTimeOffset at) => Arrival(reminderId).TrySetResult(at);

    public Task<DateTimeOffset> Of(Guid reminderId) => Arrival(reminderId).Task;

    TaskCompletionSource<DateTimeOffset> Arrival(Guid reminderId) =>
        _arrivals.GetOrAdd(reminderId, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));
}
