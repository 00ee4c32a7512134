using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Callback.Workers.Tests.Deployment;

/// <summary>
/// The repository's <c>docker-compose.yml</c> as docker-compose itself reads it (<c>docker-compose config</c>: anchors
/// merged, variables replaced by their defaults), turned into JSON by the YAML parser docker-compose depends on.
/// docker-compose only reads the file here; no Docker engine is involved. A missing docker-compose fails the tests that
/// use this, as a missing server fails the integration tests: <c>scripts/test.sh</c> installs it.
/// </summary>
public sealed class ComposeFile
{
    const string YamlToJson = "import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)";

    readonly JsonElement _services;

    public ComposeFile()
    {
        RepositoryRoot = FindRepositoryRoot();
        var file = Path.Combine(RepositoryRoot, "docker-compose.yml");

        var yaml = Run("docker-compose", ["--file", file, "--project-directory", RepositoryRoot, "config"], input: null,
            missing: "docker-compose is not installed: scripts/test.sh installs the Debian package (as root), or apt-get install docker-compose");
        var json = Run("python3", ["-c", YamlToJson], yaml,
            missing: "python3 is not installed; docker-compose depends on it and on its yaml module");

        using var document = JsonDocument.Parse(json);
        _services = document.RootElement.GetProperty("services").Clone();
    }

    public string RepositoryRoot { get; }

    public IReadOnlyList<string> ServiceNames => [.. _services.EnumerateObject().Select(service => service.Name)];

    public JsonElement Service(string name) =>
        _services.TryGetProperty(name, out var service)
            ? service
            : throw new InvalidOperationException($"docker-compose.yml has no service '{name}'; it has {string.Join(", ", ServiceNames)}.");

    /// <summary>
    /// A service's environment as the process in its container reads it: <c>__</c> in a variable's name separates
    /// sections, as the environment variables configuration provider has it.
    /// </summary>
    public IConfiguration Configuration(string service)
    {
        var environment = Service(service).TryGetProperty("environment", out var variables)
            ? variables.EnumerateObject().Select(variable => KeyValuePair.Create(
                variable.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal),
                variable.Value.ValueKind == JsonValueKind.String ? variable.Value.GetString() : variable.Value.GetRawText()))
            : [];

        return new ConfigurationBuilder().AddInMemoryCollection(environment).Build();
    }

    /// <summary>The condition a service waits for before <paramref name="service"/> starts, or null when it does not wait.</summary>
    public string? StartCondition(string service, string dependency) =>
        Service(service).TryGetProperty("depends_on", out var dependencies) && dependencies.TryGetProperty(dependency, out var condition)
            ? condition.GetProperty("condition").GetString()
            : null;

    static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "docker-compose.yml")) && File.Exists(Path.Combine(folder.FullName, "Callback.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No docker-compose.yml beside Callback.sln above {AppContext.BaseDirectory}.");
    }

    static string Run(string program, IEnumerable<string> arguments, string? input, string missing)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(missing, exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                throw new TimeoutException($"{program} took more than a minute.");
            }

            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {error.Result}");

            return output.Result;
        }
    }
}
