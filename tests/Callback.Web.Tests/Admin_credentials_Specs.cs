using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Callback.Web.Tests;

public sealed class Admin_credentials_Specs
{
    [Fact]
    public async Task With_credentials_configured_the_admin_calls_need_them_and_the_others_do_not()
    {
        using var host = new GenesysApiHost(new Dictionary<string, string?> { ["Admin:Username"] = "admin", ["Admin:Password"] = "s3cret" });
        var client = host.CreateClient();

        var anonymous = await client.GetAsync("/genesys/1/admin/callback/watermarks");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(401, (await anonymous.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, "admin:wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, "not base64", encode: false)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, "admin:s3cret")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/genesys/1/service/callback/user-scheduled/availability")).StatusCode);
    }

    [Fact]
    public async Task Without_credentials_configured_the_admin_calls_are_open()
    {
        using var host = new GenesysApiHost();

        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/genesys/1/admin/callback/watermarks")).StatusCode);
    }

    static Task<HttpResponseMessage> Send(HttpClient client, string credentials, bool encode = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/genesys/1/admin/callback/watermarks");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", encode ? Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)) : credentials);
        return client.SendAsync(request);
    }
}
