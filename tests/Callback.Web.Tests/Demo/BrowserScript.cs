using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Callback.Web.Tests.Demo;

/// <summary>
/// A Node script of <c>tests/js</c> that drives Debian's chromium through playwright-core, run to its end or killed at
/// <paramref name="timeout"/>; its stdout is one JSON object a line. What it needs and what is missing is said up front,
/// so that a machine without them fails with the fix rather than a stack trace.
/// </summary>
public sealed record BrowserScript(IReadOnlyList<JsonElement> Lines, int ExitCode, string Output)
{
    const string Chromium = "/usr/bin/chromium";

    public static async Task<BrowserScript> Run(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var js = Path.Combine(RepositoryRoot(), "tests", "js");
        if (!Directory.Exists(Path.Combine(js, "node_modules", "playwright-core")))
            Assert.Fail($"playwright-core is not installed in {js}: run npm ci --prefix tests/js (scripts/test.sh does).");
        if (!File.Exists(Chromium))
            Assert.Fail($"{Chromium} is missing: scripts/test.sh installs Debian's chromium (as root), or apt-get install chromium.");

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = js };
        start.ArgumentList.Add(Path.Combine(js, script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = StartOrExplain(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"node {script} ran longer than {timeout.TotalSeconds} s and was killed.\n{await stdout}\n{await stderr}");
        }

        var output = await stdout;
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return new BrowserScript(lines, process.ExitCode, new StringBuilder(output).AppendLine(await stderr).ToString());
    }

    /// <summary>The value of the first line that has <paramref name="key"/>; the test fails with the whole output when none has.</summary>
    public JsonElement First(string key)
    {
        foreach (var line in Lines)
        {
            if (line.TryGetProperty(key, out var value))
                return value;
        }

        Assert.Fail($"The browser script printed no \"{key}\" line (exit code {ExitCode}):\n{Output}");
        return default;
    }

    static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node is not installed (Debian: apt-get install nodejs npm).", e);
        }
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Callback.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"Callback.sln not found above {AppContext.BaseDirectory}.");
    }
}
