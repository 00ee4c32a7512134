using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Callback.Testing;

/// <summary>
/// A broker user of its own for one process (a worker), made through the management API with every permission on one
/// virtual host, so that a test can take rights away from that process alone while it runs, e.g. to stop it publishing
/// between saving a session and sending the session's messages. Removed again on dispose.
/// </summary>
public sealed class RabbitMqUser :
    IAsyncDisposable
{
    const string Everything = ".*";

    readonly HttpClient _management;
    readonly string _virtualHost;

    RabbitMqUser(HttpClient management, string virtualHost, string name, Uri address)
    {
        _management = management;
        _virtualHost = virtualHost;
        Name = name;
        Address = address;
    }

    /// <summary>The user's name on the broker: the name asked for, made unique, since users are not per virtual host.</summary>
    public string Name { get; }

    /// <summary>The virtual host's address with this user's credentials, for the process's <c>ConnectionStrings:RabbitMq</c>.</summary>
    public Uri Address { get; }

    internal static async Task<RabbitMqUser> CreateAsync(RabbitMqVirtualHost virtualHost, string name)
    {
        var management = RabbitMqManagement.Client();
        var user = $"{name}-{Guid.NewGuid():N}";
        var password = Guid.NewGuid().ToString("N");
        using (var body = JsonContent.Create(new { password, tags = "" }))
            (await management.PutAsync($"api/users/{user}", body)).EnsureSuccessStatusCode();
        await RabbitMqManagement.SetPermissions(management, virtualHost.Name, user, Everything, Everything, Everything);

        var address = new UriBuilder(virtualHost.Address) { UserName = user, Password = password }.Uri;
        return new RabbitMqUser(management, virtualHost.Name, user, address);
    }

    /// <summary>
    /// Lets the user publish only to the exchanges (and bind only the queues) whose names match <paramref name="pattern"/>:
    /// RabbitMQ's write permission, an Erlang regular expression (<c>^$</c> matches nothing). To stop one kind of message,
    /// exclude its exchange, e.g. <c>^(?!Callback\.Sagas\.Contracts\.Urs:WaitForAgent$).*</c>; the worker's publish of it
    /// then fails (MassTransit logs <c>S-FAULT</c>, its channel closed by the broker). A running worker was seen to be
    /// refused at once, but RabbitMQ allows itself to cache granted permissions per channel until the client reconnects:
    /// follow with <see cref="CloseConnectionsAsync"/> where the change must certainly apply.
    /// </summary>
    public Task SetWritePermissionAsync(string pattern) =>
        RabbitMqManagement.SetPermissions(_management, _virtualHost, Name, Everything, pattern, Everything);

    /// <summary>
    /// Closes the user's connections from the broker's side, as a network failure would; the process reconnects at once,
    /// under the permissions the user has then. Returns how many were closed.
    /// </summary>
    public async Task<int> CloseConnectionsAsync()
    {
        var connections = await _management.GetFromJsonAsync<Connection[]>($"api/vhosts/{Uri.EscapeDataString(_virtualHost)}/connections") ?? [];
        var closed = 0;
        foreach (var connection in connections.Where(c => c.User == Name))
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"api/connections/{Uri.EscapeDataString(connection.Name)}");
            request.Headers.Add("X-Reason", "closed by the test");
            (await _management.SendAsync(request)).EnsureSuccessStatusCode();
            closed++;
        }

        return closed;
    }

    public async ValueTask DisposeAsync()
    {
        using (_management)
            await _management.DeleteAsync($"api/users/{Name}");
    }

    sealed record Connection(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("user")] string User);
}
