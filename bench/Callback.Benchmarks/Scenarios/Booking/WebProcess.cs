using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Callback.Benchmarks.Scenarios.Booking;

/// <summary>
/// The web tier as it is deployed: <c>dotnet Callback.Web.dll</c>, started from its build output (where its
/// appsettings.json is, as in the image's /app) and configured by environment variables as docker-compose configures it,
/// listening on a loopback port of its own. A process of its own, so that the load driver shares neither its thread
/// pool nor its garbage collector. The start of its output is shown, prefixed, and it is killed on dispose.
/// </summary>
public sealed class WebProcess :
    IDisposable
{
    const int ShownLines = 60;

    readonly Process _process;
    int _linesShown;
    int _entriesHidden;

    WebProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The CPU time the process has used so far (user and system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static WebProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var directory = typeof(WebProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CallbackWebDirectory").Value!;
        var dll = Path.Combine(directory, "Callback.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: build bench/Callback.Benchmarks, which builds Callback.Web with it.");

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Urls"] = address.ToString();

        var web = new WebProcess(Process.Start(start) ?? throw new InvalidOperationException("The web process did not start."), address);
        web._process.OutputDataReceived += (_, line) => web.Show(line.Data);
        web._process.ErrorDataReceived += (_, line) => web.Show(line.Data);
        web._process.BeginOutputReadLine();
        web._process.BeginErrorReadLine();
        return web;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200: database and broker reached, the bus started.</summary>
    public async Task Ready(HttpClient client, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The web process exited with {_process.ExitCode} before it was ready.");
            try
            {
                using var answer = await client.GetAsync(new Uri(Address, "/health/ready"));
                if (answer.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > timeout)
                throw new TimeoutException($"The web process was not ready after {timeout.TotalSeconds:F0} s.");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Shows the process's output, up to a limit: an overloaded web tier logs a stack trace for every request that
    /// failed, thousands of lines that would bury the figures. The rest is counted by <see cref="EntriesHidden"/>.
    /// </summary>
    void Show(string? line)
    {
        if (line is null)
            return;
        if (Interlocked.Increment(ref _linesShown) <= ShownLines)
            Console.WriteLine($"    web: {line}");
        else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("warn:", StringComparison.Ordinal))
            Interlocked.Increment(ref _entriesHidden);
    }

    /// <summary>Warnings and errors the web process logged after the first <see cref="ShownLines"/> lines of its output.</summary>
    public int EntriesHidden => Volatile.Read(ref _entriesHidden);

    /// <summary>A port nothing listens on now; the web process takes it a moment later.</summary>
    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
