using System.Text.Json;

namespace Callback.Testing;

/// <summary>
/// A virtual host of its own for one test, made and removed through the management API, so that queues and messages
/// left by other tests (or other runs) cannot reach it.
/// </summary>
public sealed class RabbitMqVirtualHost :
    IAsyncDisposable
{
    readonly HttpClient _management;

    RabbitMqVirtualHost(HttpClient management, string name, Uri address)
    {
        _management = management;
        Name = name;
        Address = address;
    }

    public string Name { get; }

    /// <summary>The broker address with this virtual host, for <c>ConnectionStrings:RabbitMq</c>.</summary>
    public Uri Address { get; }

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var management = RabbitMqManagement.Client();
        var name = $"callback-test-{Guid.NewGuid():N}";
        (await management.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        await RabbitMqManagement.SetPermissions(management, name, RabbitMqManagement.AdministratorName, ".*", ".*", ".*");

        return new RabbitMqVirtualHost(management, name, new UriBuilder(TestServers.RabbitMq) { Path = "/" + name }.Uri);
    }

    /// <summary>A user of this virtual host's own, with every permission on it, for one process whose rights a test changes while it runs.</summary>
    public Task<RabbitMqUser> CreateUserAsync(string name) => RabbitMqUser.CreateAsync(this, name);

    /// <summary>
    /// The queues of this virtual host. MassTransit declares a <c>&lt;queue&gt;_error</c> queue only when it first moves a
    /// message there, so such a name alone says that a message failed.
    /// </summary>
    public async Task<IReadOnlyList<string>> QueueNames()
    {
        using var queues = JsonDocument.Parse(await _management.GetStringAsync($"api/queues/{Uri.EscapeDataString(Name)}?columns=name"));
        return [.. queues.RootElement.EnumerateArray().Select(queue => queue.GetProperty("name").GetString()!)];
    }

    public async ValueTask DisposeAsync()
    {
        using (_management)
            await _management.DeleteAsync($"api/vhosts/{Name}");
    }
}
