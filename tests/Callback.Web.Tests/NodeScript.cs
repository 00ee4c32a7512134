using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Callback.Web.Tests;

/// <summary>
/// A script of <c>tests/js</c> run under Node, talking one line at a time: commands to its stdin, JSON objects from
/// its stdout. Every line it printed is kept, with its stderr, for the failure message of a wait that timed out.
/// </summary>
public sealed class NodeScript : IAsyncDisposable
{
    readonly Process _process;
    readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    readonly List<string> _output = [];
    readonly StringBuilder _errors = new();

    NodeScript(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                _lines.Writer.TryComplete();
                return;
            }
            lock (_output)
                _output.Add(line.Data);
            try
            {
                _lines.Writer.TryWrite(JsonDocument.Parse(line.Data).RootElement.Clone());
            }
            catch (JsonException)
            {
                // Not one of the script's reports (a library's console output); kept for the failure message only.
            }
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
                lock (_errors)
                    _errors.AppendLine(line.Data);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The folder of the Node scripts and their <c>node_modules</c>, found above the test's binaries.</summary>
    public static DirectoryInfo ScriptsFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var scripts = new DirectoryInfo(Path.Combine(folder.FullName, "tests", "js"));
                if (File.Exists(Path.Combine(scripts.FullName, "package.json")))
                    return scripts;
            }
            throw new InvalidOperationException($"No tests/js/package.json above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Starts <paramref name="script"/> (a file of <c>tests/js</c>) with <paramref name="arguments"/>.</summary>
    public static NodeScript Start(string script, params string[] arguments)
    {
        var scripts = ScriptsFolder;
        if (!Directory.Exists(Path.Combine(scripts.FullName, "node_modules")))
            throw new InvalidOperationException(
                $"{scripts.FullName}/node_modules is missing: run `npm ci --prefix tests/js` (scripts/test.sh does) before these tests.");
        var node = FindOnPath("node") ??
                   throw new InvalidOperationException("`node` is not on the PATH; these tests drive the official CometD client under Node 18 or newer.");

        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = scripts.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(scripts.FullName, script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return new NodeScript(Process.Start(start) ?? throw new InvalidOperationException($"node {script} did not start."));
    }

    static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? program + ".exe" : program))
        .FirstOrDefault(File.Exists);

    public async Task Send(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>The next report with <c>"event": <paramref name="name"/></c>; the reports before it are passed over.</summary>
    public Task<JsonElement> Next(string name, TimeSpan timeout) =>
        Next(line => line.TryGetProperty("event", out var e) && e.GetString() == name, $"an \"{name}\" event", timeout);

    public async Task<JsonElement> Next(Func<JsonElement, bool> match, string what, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(deadline.Token))
                while (_lines.Reader.TryRead(out var line))
                    if (match(line))
                        return line;
            throw new InvalidOperationException($"node ended (exit code {ExitCode()}) before {what}.\n{Transcript()}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {timeout} for {what} from node.\n{Transcript()}");
        }
    }

    /// <summary>Waits for the script to end; its exit code.</summary>
    public async Task<int> Exit(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    string ExitCode() => _process.HasExited ? _process.ExitCode.ToString() : "none yet";

    string Transcript()
    {
        lock (_output)
        lock (_errors)
            return $"stdout:\n{string.Join('\n', _output)}\nstderr:\n{_errors}";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
