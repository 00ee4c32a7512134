namespace Callback.Testing;

/// <summary>
/// Waits for something that real time brings (a message crossing the bus, Quartz storing a trigger) by polling, as the
/// harness's own <c>Exists</c> does. The harness's <c>Any</c> is not used: once the bus has been quiet for the inactivity
/// timeout it stops waiting for new messages, which makes slow machines fail tests.
/// </summary>
public static class Polling
{
    static readonly object Done = new();

    /// <summary>How often a server (a database, the broker's API) is asked again: often enough to see a change soon, not so often that asking is the load.</summary>
    static readonly TimeSpan ServerInterval = TimeSpan.FromMilliseconds(100);

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

    /// <summary>
    /// Returns what <paramref name="query"/>, a question to a server, finds first; fails the test if it finds nothing within
    /// <paramref name="timeout"/>, saying what <paramref name="lastSeen"/> reports of the last answer.
    /// </summary>
    public static async Task<T> WaitForQuery<T>(Func<Task<T?>> query, string what, TimeSpan timeout, Func<string>? lastSeen = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await query() is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout} for {what}; none came." + (lastSeen is null ? "" : $" Last seen: {lastSeen()}"));
            await Task.Delay(ServerInterval);
        }
    }

    /// <summary>Returns once <paramref name="query"/>, a question to a server, answers true; fails the test if it does not within <paramref name="timeout"/>.</summary>
    public static Task WaitForQuery(Func<Task<bool>> query, string what, TimeSpan timeout, Func<string>? lastSeen = null) =>
        WaitForQuery(async () => await query() ? Done : null, what, timeout, lastSeen);
}
