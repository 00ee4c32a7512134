using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Callback.Web.Tests.Start;

public sealed class Cancel_gives_the_place_back_Specs :
    IDisposable
{
    const string Desired = "2026-11-25T15:00:00.000Z";

    readonly GenesysApiHost _host = new(new Dictionary<string, string?>
    {
        ["Callback:Services:one-slot:_call_direction"] = "USERTERMINATED",
        ["Callback:Services:one-slot:_target"] = "Billing@Stat_Server.GA",
        ["Callback:Services:one-slot:_business_hours_service"] = "office-hours",
        ["Callback:Services:one-slot:_max_request_by_time_bucket"] = "1",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_cancelled_callback_frees_its_place_in_the_slot()
    {
        var client = _host.CreateClient();
        var id = await Book(client);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(client)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/genesys/1/service/callback/one-slot/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Post(client)).StatusCode);
    }

    [Fact]
    public async Task An_admin_cancel_frees_the_places_too()
    {
        var client = _host.CreateClient();
        var id = await Book(client);

        var cancel = await client.PostAsJsonAsync("/genesys/1/admin/callback/cancel", new { reason = "CANCELLED_BY_ADMIN", ids = new[] { id.ToString() } });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Post(client)).StatusCode);
    }

    static Task<HttpResponseMessage> Post(HttpClient client) =>
        client.PostAsJsonAsync("/genesys/1/service/callback/one-slot", new Dictionary<string, string> { ["_customer_number"] = "5115", ["_desired_time"] = Desired });

    async Task<Guid> Book(HttpClient client)
    {
        var response = await Post(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!);
        await _host.Stored(id);
        return id;
    }
}
