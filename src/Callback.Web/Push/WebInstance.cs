namespace Callback.Web.Push;

/// <summary>
/// This web process among its replicas: names its own comet endpoint (each instance holds the connections of its own
/// devices, so each needs every comet push) and is named in the history when it hands a push to its subscribers.
/// <c>Push:InstanceId</c>, else the machine name and a random suffix, since replicas may share a machine name.
/// </summary>
public sealed record WebInstance(string Id)
{
    public static WebInstance From(IConfiguration configuration) =>
        new(configuration["Push:InstanceId"] is { Length: > 0 } configured
            ? configured
            : $"{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}");
}
