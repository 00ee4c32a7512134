using System.Net.Http.Headers;
using System.Text;

namespace Callback.Testing;

/// <summary>The broker's management API (<c>CALLBACK_TEST_RABBITMQ_MANAGEMENT</c>), as the user of <c>CALLBACK_TEST_RABBITMQ</c>.</summary>
static class RabbitMqManagement
{
    /// <summary>The administrator: the user the tests' broker address names.</summary>
    public static string AdministratorName => Credentials.Split(':')[0];

    static string Credentials => Uri.UnescapeDataString(TestServers.RabbitMq.UserInfo);

    public static HttpClient Client()
    {
        var management = new HttpClient { BaseAddress = TestServers.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Credentials)));
        return management;
    }

    /// <summary>Sets what <paramref name="user"/> may do on <paramref name="virtualHost"/>: each argument is a regular expression of resource names.</summary>
    public static async Task SetPermissions(HttpClient management, string virtualHost, string user, string configure, string write, string read)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { configure, write, read });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        (await management.PutAsync($"api/permissions/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(user)}", content)).EnsureSuccessStatusCode();
    }
}
