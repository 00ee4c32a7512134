using System.Net.Http.Json;
using System.Text.Json;
using Callback.Sagas.StateMachines;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Admin_watermarks_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Admin_watermarks_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task Watermarks_count_the_QUEUED_and_PROCESSING_callbacks_of_each_service()
    {
        await _host.Store(
            In(nameof(CallbackStateMachine.WaitingForAgent), _host.Now),
            In(nameof(CallbackStateMachine.UserNotified), _host.Now),
            In(nameof(CallbackStateMachine.Routed), _host.Now),
            In(nameof(CallbackStateMachine.Scheduled), _host.Now, desiredTime: _host.Now.AddMinutes(1)),
            In(nameof(CallbackStateMachine.Scheduled), _host.Now, desiredTime: _host.Now.AddHours(1)),
            In(nameof(CallbackStateMachine.Dialing), _host.Now),
            In(nameof(CallbackStateMachine.HumanDetected), _host.Now),
            In(nameof(CallbackStateMachine.Completed), _host.Now, reason: CallbackReason.AgentConnected),
            In(nameof(CallbackStateMachine.Routed), _host.Now, service: "user-delayed"));

        Assert.Equal("""{"services":{"user-scheduled":4,"user-delayed":1},"total":5}""", await Watermarks(""));
        Assert.Equal("""{"services":{"user-delayed":1},"total":1}""", await Watermarks("?service_name=user-delayed"));
        Assert.Equal("""{"services":{"user-immediate":0},"total":0}""", await Watermarks("?service_name=user-immediate"));
    }

    [Fact]
    public async Task With_nothing_queued_the_watermarks_are_empty()
    {
        Assert.Equal("""{"services":{},"total":0}""", await Watermarks(""));
    }

    async Task<string> Watermarks(string query)
    {
        // Compared as text, in a canonical order of services, to show the exact JSON shape.
        var answer = await _client.GetFromJsonAsync<JsonElement>($"/genesys/1/admin/callback/watermarks{query}");
        var services = answer.GetProperty("services").EnumerateObject().OrderByDescending(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(p => p.Name, p => p.Value.GetInt32());
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["services"] = services, ["total"] = answer.GetProperty("total").GetInt32() });
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
