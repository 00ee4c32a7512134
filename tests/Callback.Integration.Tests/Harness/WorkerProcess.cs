using System.Diagnostics;
using Xunit.Abstractions;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// One run of the real worker host (<c>dotnet Callback.Workers.dll</c>), or of another process of the deployment such as
/// the Node adapter, as an operating-system process of its own, configured through its environment. It is ready once it says so; it ends with <see cref="StopAsync"/> (SIGTERM:
/// the graceful stop of a deployment) or <see cref="Kill"/> (a crash: nothing runs after it), and disposing kills it if
/// it is still running, so no process outlives its test.
/// </summary>
public sealed class WorkerProcess :
    IAsyncDisposable
{
    /// <summary>
    /// Logged by the host once every hosted service has started: the database is migrated, the bus's queues are bound
    /// (MassTransit waits until started) and the Quartz scheduler runs (it starts when the bus is ready).
    /// </summary>
    const string WorkerReadyLine = "Application started.";

    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Longer than the bus's own stop timeout (30 s): a worker still running after this is stuck.</summary>
    static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(45);

    readonly Process _process;

    WorkerProcess(string name, Process process, WorkerOutput output)
    {
        Name = name;
        _process = process;
        Output = output;
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public WorkerOutput Output { get; }

    public bool IsRunning => !_process.HasExited;

    /// <summary>
    /// Starts the worker with <paramref name="configuration"/> (keys as in appsettings: <c>Bus:Transport</c>) and returns
    /// once it is ready; a worker that exits or stays silent instead fails the test with its output.
    /// </summary>
    public static Task<WorkerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> configuration, ITestOutputHelper testOutput) =>
        StartAsync(name, WorkerExecutable.StartInfo(configuration), WorkerReadyLine, testOutput);

    /// <summary>
    /// Starts <paramref name="start"/> (its output redirected) and returns once it writes a line holding
    /// <paramref name="readyLine"/>; a process that exits or stays silent instead fails the test with its output.
    /// </summary>
    public static async Task<WorkerProcess> StartAsync(string name, ProcessStartInfo start, string readyLine, ITestOutputHelper testOutput)
    {
        var output = new WorkerOutput(name, testOutput);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var worker = new WorkerProcess(name, process, output);
        try
        {
            await worker.UntilReady(readyLine);
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Where the worker serves its health and metrics endpoints: the address Kestrel logged it listens on.</summary>
    public async Task<Uri> HttpAddress()
    {
        const string listening = "Now listening on: ";
        var line = await Output.FirstLine(l => l.Contains(listening, StringComparison.Ordinal)).WaitAsync(StartTimeout);
        return new Uri(line[(line.IndexOf(listening, StringComparison.Ordinal) + listening.Length)..].Trim());
    }

    /// <summary>Stops the worker as an operator would (SIGTERM) and waits until it has exited; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!IsRunning)
            throw new InvalidOperationException($"{this} cannot be stopped: it is not running. {Output.Tail()}");

        PosixSignals.Terminate(_process.Id);
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{Name} had not stopped {StopTimeout} after SIGTERM, so it was killed. {Output.Tail()}");
        }

        return _process.ExitCode;
    }

    /// <summary>
    /// Kills the worker at once (SIGKILL), as a crash or an out-of-memory kill would: no shutdown code runs, unacknowledged
    /// messages go back to their queues and its Quartz node stops checking in. Returns once it has exited.
    /// </summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
            Kill();

        // The streams are read to their end before the exit is reported, so nothing the process wrote is lost.
        await _process.WaitForExitAsync();
        Output.Close();
        _process.Dispose();
    }

    public override string ToString() =>
        $"{Name} (pid {_process.Id}, {(_process.HasExited ? $"exited with {_process.ExitCode}" : "running")})";

    async Task UntilReady(string readyLine)
    {
        using var stopWaiting = new CancellationTokenSource();
        var ready = Output.FirstLine(line => line.Contains(readyLine, StringComparison.Ordinal));
        var exited = _process.WaitForExitAsync(stopWaiting.Token);
        var first = await Task.WhenAny(ready, exited, Task.Delay(StartTimeout, stopWaiting.Token));
        await stopWaiting.CancelAsync();

        if (first == ready)
            return;
        if (first == exited)
            throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready. {Output.Tail()}");

        throw new TimeoutException($"{Name} was not ready {StartTimeout} after it started. {Output.Tail()}");
    }
}
