namespace Callback.Testing;

/// <summary>
/// Waits for something that real time brings (a message crossing the bus, Quartz storing a trigger) by polling, as the
/// harness's own <c>Exists</c> does. The harness's <c>Any</c> is not used: once the bus has been quiet for the inactivity
/// timeout it stops waiting for new messages, which makes slow machines fail tests.
/// </summary>
public static class Polling
{
    static readonly object Done = new();

    /// <summary>Returns what <paramref name="find"/> finds first; fails the test if it finds nothing within <paramref name="timeout"/>.</summary>
    public static async Task<T> WaitFor<T>(Func<T?> find, string what, TimeSpan timeout)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (find() is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout} for {what}; none came.");
            await Task.Delay(10);
        }
    }

    /// <summary>Returns once <paramref name="done"/> holds; fails the test if it does not within <paramref name="timeout"/>.</summary>
    public static Task WaitFor(Func<bool> done, string what, TimeSpan timeout) => WaitFor(() => done() ? Done : null, what, timeout);

    /// <summary>Returns once <paramref name="done"/> holds (a database query, say); fails the test if it does not within <paramref name="timeout"/>.</summary>
    public static async Task WaitFor(Func<Task<bool>> done, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout} for {what}; it did not happen.");
            await Task.Delay(20);
        }
    }
}
