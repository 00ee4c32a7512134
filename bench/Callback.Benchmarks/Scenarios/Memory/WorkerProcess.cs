using System.Diagnostics;
using System.Globalization;

namespace Callback.Benchmarks.Scenarios.Memory;

/// <summary>
/// A <see cref="MemoryWorker"/> child process: started with the worker's configuration in its environment, it is
/// watched until it exits by itself after the watch time, and what it reported is kept.
/// </summary>
public sealed class WorkerProcess :
    IDisposable
{
    readonly Process _process;
    readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly List<MemorySample> _samples = [];

    WorkerProcess(Process process) => _process = process;

    public IReadOnlyList<MemorySample> Samples
    {
        get
        {
            lock (_samples)
                return [.. _samples];
        }
    }

    public MemorySample? Final { get; private set; }

    public static WorkerProcess Start(IReadOnlyDictionary<string, string?> settings, TimeSpan watch)
    {
        // Under `dotnet run` this process is the apphost; started as `dotnet Callback.Benchmarks.dll` it is dotnet itself.
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell which executable this is.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        start.ArgumentList.Add(MemoryWorker.Command);
        start.ArgumentList.Add("--memory-seconds");
        start.ArgumentList.Add(((int)watch.TotalSeconds).ToString(CultureInfo.InvariantCulture));

        // Configuration keys as environment variables, the way docker-compose.yml hands them to the workers.
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var worker = new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start."));
        worker._process.OutputDataReceived += (_, line) => worker.Read(line.Data);
        worker._process.BeginOutputReadLine();
        return worker;
    }

    public Task Ready(TimeSpan timeout) => _ready.Task.WaitAsync(timeout);

    public async Task Exited(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        if (_process.ExitCode != 0)
            throw new InvalidOperationException($"The worker process exited with {_process.ExitCode}.");
    }

    void Read(string? line)
    {
        if (line is null)
            return;
        if (line == MemoryWorker.ReadyLine)
            _ready.TrySetResult();
        else if (line.StartsWith(MemoryWorker.SamplePrefix, StringComparison.Ordinal))
        {
            lock (_samples)
                _samples.Add(MemorySample.Parse(line[MemoryWorker.SamplePrefix.Length..]));
        }
        else if (line.StartsWith(MemoryWorker.FinalPrefix, StringComparison.Ordinal))
            Final = MemorySample.Parse(line[MemoryWorker.FinalPrefix.Length..]);
        else
            Console.WriteLine($"    worker: {line}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
