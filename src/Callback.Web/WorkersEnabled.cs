using Callback.Workers.Messaging;

namespace Callback.Web;

/// <summary>
/// <c>Workers:Enabled</c>: whether this web process also runs the saga and its consumers. By default it does when the
/// bus is in memory, since then nothing else could.
/// </summary>
public static class WorkersEnabled
{
    public const string Key = "Workers:Enabled";

    public static bool In(IConfiguration configuration) =>
        configuration.GetValue<bool?>(Key)
        ?? BusTransport.Of(configuration) == BusTransport.InMemory;
}
