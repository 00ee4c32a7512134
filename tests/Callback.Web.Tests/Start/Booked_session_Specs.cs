using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Callback.Web.Tests.Start;

public sealed class Booked_session_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("user-scheduled", "2026-11-26T15:00:00.000Z", "SCHEDULED")]
    [InlineData("user-delayed", null, "QUEUED")]
    public async Task A_callback_can_be_queried_the_moment_its_booking_is_answered(string service, string? desired, string state)
    {
        var client = _host.CreateClient();
        var values = new Dictionary<string, string> { ["_customer_number"] = "5115", ["first_name"] = "John" };
        if (desired is not null)
            values["_desired_time"] = desired;

        var booked = await client.PostAsJsonAsync($"/genesys/1/service/callback/{service}", values);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString();
        var records = await client.GetFromJsonAsync<JsonElement>($"/genesys/1/service/callback?_id={id}");

        var record = Assert.Single(records.EnumerateArray());
        Assert.Equal(state, record.GetProperty("_callback_state").GetString());
        Assert.Equal("John", record.GetProperty("first_name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/genesys/1/service/callback/{service}/{id}")).StatusCode);
    }
}
