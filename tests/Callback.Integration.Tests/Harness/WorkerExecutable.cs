using System.Diagnostics;
using Callback.Workers;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The built worker host (src/Callback.Workers) that the tests run as processes of their own. The project reference
/// copies its assembly, with its runtimeconfig and deps files, into this project's output, so it is found wherever and
/// in whichever configuration the tests were built, including a CI run with <c>--no-build</c>.
/// </summary>
static class WorkerExecutable
{
    static string Assembly => typeof(CallbackWorkersRegistration).Assembly.Location;

    /// <summary>
    /// The dotnet host to run it with: the one running the tests when it is one (so no apphost and no DOTNET_ROOT are
    /// needed), else the one the SDK names, else the one on the PATH.
    /// </summary>
    static string Host =>
        Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet"
            ? current
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>
    /// <c>dotnet Callback.Workers.dll</c> in the worker's own folder, so that its content root and appsettings.json are
    /// the ones it ships with, and with <paramref name="configuration"/> (keys as in appsettings, <c>Bus:Transport</c>)
    /// as the environment variables an operator would set (<c>Bus__Transport</c>).
    /// </summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> configuration)
    {
        var runtimeConfig = Path.ChangeExtension(Assembly, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
            throw new FileNotFoundException($"{runtimeConfig} is missing: build the solution (dotnet build Callback.sln) before running these tests.", runtimeConfig);

        var start = new ProcessStartInfo(Host)
        {
            WorkingDirectory = Path.GetDirectoryName(Assembly)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var (key, value) in configuration)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        return start;
    }
}
