using System.Net.Http.Headers;
using System.Text;

namespace Callback.Testing;

/// <summary>
/// A virtual host of its own for one test, made and removed through the management API, so that queues and messages
/// left by other tests (or other runs) cannot reach it.
/// </summary>
public sealed class RabbitMqVirtualHost :
    IAsyncDisposable
{
    readonly HttpClient _management;
    readonly string _name;

    RabbitMqVirtualHost(HttpClient management, string name, Uri address)
    {
        _management = management;
        _name = name;
        Address = address;
    }

    /// <summary>The broker address with this virtual host, for <c>ConnectionStrings:RabbitMq</c>.</summary>
    public Uri Address { get; }

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var broker = TestServers.RabbitMq;
        var credentials = Uri.UnescapeDataString(broker.UserInfo);
        var user = credentials.Split(':')[0];
        var management = new HttpClient { BaseAddress = TestServers.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));

        var name = $"callback-test-{Guid.NewGuid():N}";
        (await management.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await management.PutAsync($"api/permissions/{name}/{user}",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        return new RabbitMqVirtualHost(management, name, new UriBuilder(broker) { Path = "/" + name }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        using (_management)
            await _management.DeleteAsync($"api/vhosts/{_name}");
    }
}
