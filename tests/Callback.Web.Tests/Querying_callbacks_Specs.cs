using System.Net;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Errors;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Querying_callbacks_Specs :
    IDisposable
{
    const string Waiting = nameof(CallbackStateMachine.WaitingForAgent);
    const string Scheduled = nameof(CallbackStateMachine.Scheduled);
    const string Completed = nameof(CallbackStateMachine.Completed);

    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Querying_callbacks_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task A_record_by_id_has_the_GMS_keys_and_the_user_data_as_plain_keys()
    {
        var desired = new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
        var session = In(Scheduled, _host.Now, desiredTime: desired, userData: new() { ["first_name"] = "John", ["location_lat"] = "37.8197" });
        await _host.Store(session);

        var records = await _client.Records($"/genesys/1/service/callback?_id={session.CorrelationId}");

        var record = Assert.Single(records);
        Assert.Equal(new Dictionary<string, string>
        {
            ["_id"] = session.CorrelationId.ToString(),
            ["_desired_time"] = "2026-11-26T15:00:00.000Z",
            ["_service_name"] = Service,
            ["_callback_state"] = "SCHEDULED",
            ["_customer_number"] = session.CustomerNumber,
            ["_expiration_time"] = "2026-11-27T15:00:00.000Z",
            ["_url"] = $"http://localhost/genesys/1/service/callback/{Service}/{session.CorrelationId}",
            ["first_name"] = "John",
            ["location_lat"] = "37.8197",
        }, record);
    }

    [Fact]
    public async Task A_completed_record_has_its_reason_and_an_immediate_one_its_creation_as_desired_time()
    {
        var session = In(Completed, _host.Now, reason: CallbackReason.AgentConnected);
        await _host.Store(session);

        var record = Assert.Single(await _client.Records($"/genesys/1/service/callback?_id={session.CorrelationId}"));

        Assert.Equal("COMPLETED", record["_callback_state"]);
        Assert.Equal("AGENT_CONNECTED", record["_callback_reason"]);
        Assert.Equal("2026-11-25T09:00:00.000Z", record["_desired_time"]);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData("440-96984577-a614-4f18-b80e-aaf91e78b178")]
    public async Task An_unknown_id_finds_an_empty_array(string id)
    {
        await _host.Store(In(Waiting, _host.Now));

        Assert.Empty(await _client.Records($"/genesys/1/service/callback?_id={id}"));
    }

    [Fact]
    public async Task A_query_across_services_without_a_key_is_refused()
    {
        var response = await _client.GetAsync("/genesys/1/service/callback?_=1406647599350");

        await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.General);
    }

    [Fact]
    public async Task A_query_across_services_finds_a_customer_s_callbacks_that_are_not_completed()
    {
        var other = "user-delayed";
        var waiting = In(Waiting, _host.Now);
        var elsewhere = In(Waiting, _host.Now.AddSeconds(1), service: other);
        var done = In(Completed, _host.Now.AddSeconds(2), reason: CallbackReason.Cancelled);
        var someoneElse = In(Waiting, _host.Now.AddSeconds(3));
        someoneElse.CustomerNumber = "+15105559999";
        await _host.Store(waiting, elsewhere, done, someoneElse);

        var records = await _client.Records(
            $"/genesys/1/service/callback?_customer_number={Uri.EscapeDataString(waiting.CustomerNumber)}&_callback_state=!COMPLETED");

        Assert.Equal([waiting.CorrelationId.ToString(), elsewhere.CorrelationId.ToString()], records.Select(r => r["_id"]));
    }

    [Fact]
    public async Task A_query_in_a_service_finds_only_that_service_s_callbacks()
    {
        var mine = In(Waiting, _host.Now);
        await _host.Store(mine, In(Waiting, _host.Now, service: "user-delayed"));

        var records = await _client.Records($"/genesys/1/service/callback/{Service}");

        Assert.Equal([mine.CorrelationId.ToString()], records.Select(r => r["_id"]));
    }

    [Fact]
    public async Task Keys_hold_together_by_default_and_either_one_with_operand_OR()
    {
        var john = In(Waiting, _host.Now, userData: new() { ["first_name"] = "John", ["last_name"] = "Doe" });
        var jane = In(Waiting, _host.Now.AddSeconds(1), userData: new() { ["first_name"] = "Jane", ["last_name"] = "Roe" });
        var johnRoe = In(Waiting, _host.Now.AddSeconds(2), userData: new() { ["first_name"] = "John", ["last_name"] = "Roe" });
        await _host.Store(john, jane, johnRoe);

        var both = await _client.Records($"/genesys/1/service/callback/{Service}?first_name=John&last_name=Roe");
        var and = await _client.Records($"/genesys/1/service/callback/{Service}?first_name=John&last_name=Roe&operand=AND");
        var either = await _client.Records($"/genesys/1/service/callback/{Service}?first_name=Jane&last_name=Doe&operand=OR");

        Assert.Equal([johnRoe.CorrelationId.ToString()], both.Select(r => r["_id"]));
        Assert.Equal([johnRoe.CorrelationId.ToString()], and.Select(r => r["_id"]));
        Assert.Equal([john.CorrelationId.ToString(), jane.CorrelationId.ToString()], either.Select(r => r["_id"]));
    }

    [Fact]
    public async Task Ids_given_with_operand_OR_find_each_of_them()
    {
        var first = In(Waiting, _host.Now);
        var second = In(Completed, _host.Now.AddSeconds(1), reason: CallbackReason.Cancelled);
        await _host.Store(first, second, In(Waiting, _host.Now.AddSeconds(2)));

        var records = await _client.Records($"/genesys/1/service/callback?_id={first.CorrelationId}&_id={second.CorrelationId}&operand=OR");

        Assert.Equal([first.CorrelationId.ToString(), second.CorrelationId.ToString()], records.Select(r => r["_id"]));
    }

    [Fact]
    public async Task A_negated_user_data_key_finds_the_records_without_that_value_or_without_the_key()
    {
        var john = In(Waiting, _host.Now, userData: new() { ["first_name"] = "John" });
        var jane = In(Waiting, _host.Now.AddSeconds(1), userData: new() { ["first_name"] = "Jane" });
        var nameless = In(Waiting, _host.Now.AddSeconds(2), userData: []);
        await _host.Store(john, jane, nameless);

        var records = await _client.Records($"/genesys/1/service/callback/{Service}?first_name=!John");

        Assert.Equal([jane.CorrelationId.ToString(), nameless.CorrelationId.ToString()], records.Select(r => r["_id"]));
    }

    [Fact]
    public async Task A_scheduled_callback_reads_QUEUED_once_its_execution_window_opens()
    {
        // The default execution buffer is 120 s: one due in a minute is in its window, one due in an hour is not.
        var soon = In(Scheduled, _host.Now, desiredTime: _host.Now.AddMinutes(1));
        var later = In(Scheduled, _host.Now.AddSeconds(1), desiredTime: _host.Now.AddHours(1));
        var waiting = In(Waiting, _host.Now.AddSeconds(2));
        await _host.Store(soon, later, waiting);

        var queued = await _client.Records($"/genesys/1/service/callback/{Service}?_callback_state=QUEUED");
        var scheduled = await _client.Records($"/genesys/1/service/callback/{Service}?_callback_state=SCHEDULED");
        var notQueued = await _client.Records($"/genesys/1/service/callback/{Service}?_callback_state=!QUEUED");

        Assert.Equal([soon.CorrelationId.ToString(), waiting.CorrelationId.ToString()], queued.Select(r => r["_id"]));
        Assert.Equal([later.CorrelationId.ToString()], scheduled.Select(r => r["_id"]));
        Assert.Equal([later.CorrelationId.ToString()], notQueued.Select(r => r["_id"]));

        _host.Clock.Advance(TimeSpan.FromMinutes(59));

        Assert.Empty(await _client.Records($"/genesys/1/service/callback/{Service}?_callback_state=SCHEDULED"));
    }

    [Fact]
    public async Task States_and_reasons_combine_with_OR_in_the_database_and_on_the_records()
    {
        var routing = In(nameof(CallbackStateMachine.Dialing), _host.Now);
        var cancelled = In(Completed, _host.Now.AddSeconds(1), reason: CallbackReason.Cancelled);
        await _host.Store(routing, cancelled, In(Completed, _host.Now.AddSeconds(2), reason: CallbackReason.AgentConnected), In(Waiting, _host.Now));

        var records = await _client.Records($"/genesys/1/service/callback/{Service}?_callback_state=ROUTING&_callback_reason=CANCELLED&operand=OR");

        Assert.Equal([routing.CorrelationId.ToString(), cancelled.CorrelationId.ToString()], records.Select(r => r["_id"]));
    }

    [Fact]
    public async Task An_operand_other_than_AND_or_OR_is_refused()
    {
        var response = await _client.GetAsync($"/genesys/1/service/callback/{Service}?first_name=John&operand=XOR");

        var error = await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.General);
        Assert.Contains("XOR", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
