using System.Diagnostics;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The example adapter of <c>examples/node-adapter</c>, run with <c>node adapter.mjs</c> from its own folder, so that
/// Node resolves amqplib from that folder's <c>node_modules</c> (<c>npm ci --prefix examples/node-adapter</c>, which
/// <c>scripts/test.sh</c> runs), as a user of the example would run it.
/// </summary>
static class NodeAdapterExecutable
{
    /// <summary>What the adapter logs once its queue is bound and it consumes.</summary>
    public const string ReadyLine = "node-adapter: ready";

    /// <summary>The adapter on <paramref name="broker"/>, with <paramref name="settings"/> as its environment (<c>AGENT_AFTER_MS</c>, ...).</summary>
    public static ProcessStartInfo StartInfo(Uri broker, IReadOnlyDictionary<string, string> settings)
    {
        var folder = Path.Combine(RepositoryRoot(), "examples", "node-adapter");
        if (!File.Exists(Path.Combine(folder, "node_modules", "amqplib", "package.json")))
            throw new InvalidOperationException($"amqplib is not installed in {folder}: run npm ci --prefix examples/node-adapter (scripts/test.sh does).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("adapter.mjs");
        start.Environment["AMQP_URL"] = broker.ToString();
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        return start;
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Callback.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No Callback.sln above {AppContext.BaseDirectory}: the example adapter is found from the repository.");
    }
}
