using System.Net;
using System.Net.Http.Json;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Errors;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Admin_queues_Specs :
    IDisposable
{
    const string Waiting = nameof(CallbackStateMachine.WaitingForAgent);
    const string Scheduled = nameof(CallbackStateMachine.Scheduled);

    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Admin_queues_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task By_default_the_queues_hold_the_callbacks_due_from_15_minutes_ago_to_24_hours_ahead_by_service_soonest_first()
    {
        var tooEarly = In(Waiting, _host.Now.AddHours(-1), desiredTime: _host.Now.AddMinutes(-20));
        var recent = In(Waiting, _host.Now.AddHours(-1), desiredTime: _host.Now.AddMinutes(-10));
        var immediate = In(Waiting, _host.Now.AddMinutes(-5));
        var tomorrow = In(Scheduled, _host.Now.AddHours(-1), desiredTime: _host.Now.AddHours(23));
        var tooLate = In(Scheduled, _host.Now.AddHours(-1), desiredTime: _host.Now.AddHours(25));
        var delayed = In(Scheduled, _host.Now.AddHours(-1), service: "user-delayed", desiredTime: _host.Now.AddHours(1));
        await _host.Store(tomorrow, tooEarly, immediate, recent, tooLate, delayed);

        var queues = await Queues("");

        Assert.Equal(["user-delayed", Service], queues.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Ids(recent, immediate, tomorrow), queues[Service].Select(r => r["_id"]));
        Assert.Equal(Ids(delayed), queues["user-delayed"].Select(r => r["_id"]));
        Assert.Equal("SCHEDULED", queues["user-delayed"][0]["_callback_state"]);
    }

    [Fact]
    public async Task Target_window_states_and_max_narrow_the_queues()
    {
        var first = In(Scheduled, _host.Now, desiredTime: _host.Now.AddDays(2));
        var second = In(Scheduled, _host.Now, desiredTime: _host.Now.AddDays(2).AddMinutes(5));
        var routing = In(nameof(CallbackStateMachine.Dialing), _host.Now, desiredTime: _host.Now.AddDays(2));
        var elsewhere = In(Scheduled, _host.Now, service: "user-delayed", desiredTime: _host.Now.AddDays(2));
        await _host.Store(first, second, routing, elsewhere);

        var queues = await Queues($"?target={Service}&start_time=2026-11-27T00:00:00.000Z&end_time=2026-11-28T00:00:00Z&states=SCHEDULED,QUEUED&max=1");

        Assert.Equal(Ids(first), Assert.Single(queues, q => q.Key == Service).Value.Select(r => r["_id"]));
        Assert.Single(queues);
    }

    [Fact]
    public async Task Other_keys_filter_the_records_with_negation()
    {
        var john = In(Waiting, _host.Now, userData: new() { ["first_name"] = "John" });
        var jane = In(Waiting, _host.Now.AddSeconds(1), userData: new() { ["first_name"] = "Jane" });
        var doneJane = In(nameof(CallbackStateMachine.Completed), _host.Now.AddSeconds(2), reason: CallbackReason.Cancelled,
            userData: new() { ["first_name"] = "Jane" });
        await _host.Store(john, jane, doneJane);

        var queues = await Queues("?first_name=Jane&_callback_state=!COMPLETED");

        Assert.Equal(Ids(jane), queues[Service].Select(r => r["_id"]));
    }

    [Fact]
    public async Task An_empty_window_answers_an_empty_object()
    {
        await _host.Store(In(Waiting, _host.Now));

        Assert.Empty(await Queues("?start_time=2026-12-01T00:00:00.000Z&end_time=2026-12-02T00:00:00.000Z"));
    }

    [Theory]
    [InlineData("?start_time=tomorrow")]
    [InlineData("?end_time=2026-13-01T00:00:00.000Z")]
    [InlineData("?start_time=2026-11-26T00:00:00.000Z&end_time=2026-11-25T00:00:00.000Z")]
    [InlineData("?states=QUEUED,WAITING")]
    [InlineData("?states=,")]
    [InlineData("?max=0")]
    [InlineData("?max=ten")]
    [InlineData("?first_name=John&operand=OR")]
    public async Task Parameters_that_make_no_sense_are_refused(string query)
    {
        var response = await _client.GetAsync($"/genesys/1/admin/callback/queues{query}");

        await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.General);
    }

    async Task<Dictionary<string, List<Dictionary<string, string>>>> Queues(string query) =>
        await _client.GetFromJsonAsync<Dictionary<string, List<Dictionary<string, string>>>>($"/genesys/1/admin/callback/queues{query}") ?? [];

    static string[] Ids(params CallbackSession[] sessions) => [.. sessions.Select(s => s.CorrelationId.ToString())];

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
