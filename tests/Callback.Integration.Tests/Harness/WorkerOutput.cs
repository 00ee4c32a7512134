using Xunit.Abstractions;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// Everything one worker process writes, standard output and error as the lines arrive: forwarded to the test's output
/// with the worker's name in front, so that a failed test shows what each process did, and kept, so that a failure
/// message can quote it and a test can look for a line.
/// </summary>
public sealed class WorkerOutput(string worker, ITestOutputHelper testOutput)
{
    readonly Lock _lock = new();
    readonly List<string> _lines = [];
    readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Found)> _waiting = [];
    bool _closed;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
                return [.. _lines];
        }
    }

    /// <summary>Whether a line holds all of <paramref name="parts"/>: a log message and the session it names, say.</summary>
    public bool Contains(params string[] parts) => Lines.Any(line => parts.All(part => line.Contains(part, StringComparison.Ordinal)));

    /// <summary>The first line that <paramref name="matches"/>, written already or still to come.</summary>
    public Task<string> FirstLine(Func<string, bool> matches)
    {
        lock (_lock)
        {
            if (_lines.FirstOrDefault(matches) is { } line)
                return Task.FromResult(line);

            var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((matches, found));
            return found.Task;
        }
    }

    /// <summary>The last lines, for a failure message.</summary>
    public string Tail(int count = 60) => $"last lines of {worker}:{Environment.NewLine}{string.Join(Environment.NewLine, Lines.TakeLast(count))}";

    internal void Add(string? line)
    {
        // The end of a stream arrives as null.
        if (line is null)
            return;

        List<TaskCompletionSource<string>> found;
        bool forward;
        lock (_lock)
        {
            _lines.Add(line);
            found = _waiting.Where(w => w.Matches(line)).Select(w => w.Found).ToList();
            _waiting.RemoveAll(w => found.Contains(w.Found));
            forward = !_closed;
        }

        foreach (var waiter in found)
            waiter.TrySetResult(line);

        if (forward)
        {
            try
            {
                testOutput.WriteLine($"[{worker}] {line}");
            }
            catch (InvalidOperationException)
            {
                // xunit refuses output once the test has finished; a process being killed may still be writing then.
            }
        }
    }

    /// <summary>Stops forwarding: the test is over.</summary>
    internal void Close()
    {
        lock (_lock)
            _closed = true;
    }
}
