using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Web.Tests.Start;

public sealed class Reschedule_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new(new Dictionary<string, string?>
    {
        ["Callback:Services:one-slot:_call_direction"] = "USERTERMINATED",
        ["Callback:Services:one-slot:_target"] = "Billing@Stat_Server.GA",
        ["Callback:Services:one-slot:_business_hours_service"] = "office-hours",
        ["Callback:Services:one-slot:_max_request_by_time_bucket"] = "1",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_scheduled_callback_moves_to_the_new_time_and_slot_and_its_user_data_is_updated()
    {
        var client = _host.CreateClient();
        var id = await Book(client, "one-slot", "2026-11-25T15:00:00.000Z", ("note", "first"), ("color", "blue"));

        var response = await client.PutAsJsonAsync($"/genesys/1/service/callback/one-slot/{id}", new Dictionary<string, string>
        {
            ["_new_desired_time"] = "2026-11-26T10:00:00.000Z", ["note"] = "second", ["color"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await Polling.WaitForQuery(async () => await _host.Stored(id) is { } s && s.DesiredTime?.Day == 26 ? s : null,
            "the session to move", TimeSpan.FromSeconds(30));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), moved.DesiredTime);
        Assert.Equal(new Dictionary<string, string> { ["note"] = "second" }, moved.UserData);

        // The old slot is free again: another callback can take it.
        await Book(client, "one-slot", "2026-11-25T15:00:00.000Z");
    }

    [Fact]
    public async Task A_move_to_a_full_slot_or_a_closed_office_is_refused_with_proposals_and_keeps_the_old_time()
    {
        var client = _host.CreateClient();
        var first = await Book(client, "one-slot", "2026-11-25T15:00:00.000Z");
        await Book(client, "one-slot", "2026-11-25T16:00:00.000Z");

        foreach (var (time, message) in new[] { ("2026-11-25T16:00:00.000Z", "No capacity left"), ("2026-11-28T10:00:00.000Z", "Office closed") })
        {
            var response = await client.PutAsJsonAsync($"/genesys/1/service/callback/one-slot/{first}", new Dictionary<string, string> { ["_desired_time"] = time });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Object, error.GetProperty("availability").ValueKind);
        }

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero), (await _host.Stored(first)).DesiredTime);
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest, "_new_desired_time is missing")]
    [InlineData("""{"_new_desired_time":"soon"}""", HttpStatusCode.BadRequest, "not an ISO 8601 time")]
    public async Task A_move_without_a_readable_time_is_refused(string body, HttpStatusCode status, string message)
    {
        var client = _host.CreateClient();
        var id = await Book(client, "one-slot", "2026-11-25T15:00:00.000Z");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await client.PutAsync($"/genesys/1/service/callback/one-slot/{id}", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_callback_or_one_that_has_started_cannot_move()
    {
        var client = _host.CreateClient();
        var unknown = await client.PutAsJsonAsync($"/genesys/1/service/callback/one-slot/{Guid.NewGuid()}",
            new Dictionary<string, string> { ["_new_desired_time"] = "2026-11-26T10:00:00.000Z" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var immediate = await client.PostAsJsonAsync("/genesys/1/service/callback/user-delayed", new Dictionary<string, string> { ["_customer_number"] = "5115" });
        var id = Guid.Parse((await immediate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!);
        await Polling.WaitForQuery(async () => (await _host.Stored(id)).CurrentState == nameof(CallbackStateMachine.WaitingForAgent), "the callback to start",
            TimeSpan.FromSeconds(30));

        var started = await client.PutAsJsonAsync($"/genesys/1/service/callback/user-delayed/{id}",
            new Dictionary<string, string> { ["_new_desired_time"] = "2026-11-26T10:00:00.000Z" });
        Assert.Equal(HttpStatusCode.BadRequest, started.StatusCode);
        Assert.Contains("only a callback that has not started", (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    /// <summary>Books, and waits for the session to be created: the saga creates it just after the answer.</summary>
    async Task<Guid> Book(HttpClient client, string service, string desired, params (string Key, string Value)[] userData)
    {
        var values = new Dictionary<string, string> { ["_customer_number"] = "5115", ["_desired_time"] = desired };
        foreach (var (key, value) in userData)
            values[key] = value;
        var response = await client.PostAsJsonAsync($"/genesys/1/service/callback/{service}", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!);
        await _host.Stored(id);
        return id;
    }
}
