using System.Net;
using System.Net.Http.Json;
using Callback.Testing;
using Callback.Web.Api.Errors;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Session_history_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Session_history_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task The_history_lists_each_transition_with_its_time_and_states()
    {
        var id = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));
        await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{id}");
        await _client.WaitForRecord(id, r => r["_callback_state"] == "COMPLETED", "the cancel to end the session");

        var history = await _client.GetFromJsonAsync<List<Dictionary<string, string>>>($"/genesys/1/service/callback/{Service}/{id}/history");

        Assert.NotNull(history);
        Assert.Equal(["Scheduled", "Completed"], history.Where(h => h["from"] != h["to"]).Select(h => h["to"]).TakeLast(2));
        Assert.All(history, h => Assert.Equal("2026-11-25T09:00:00.000Z", h["time"]));
        Assert.Contains(history, h => h["event"] == "CancelRequested");
    }

    [Fact]
    public async Task The_history_of_an_unknown_session_or_through_another_service_is_not_found()
    {
        var id = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));

        var unknown = await _client.GetAsync($"/genesys/1/service/callback/{Service}/{Guid.NewGuid()}/history");
        var elsewhere = await _client.GetAsync($"/genesys/1/service/callback/user-delayed/{id}/history");

        await unknown.IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
        await elsewhere.IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
