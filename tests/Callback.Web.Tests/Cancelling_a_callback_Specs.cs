using System.Net;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Api.Errors;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Cancelling_a_callback_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Cancelling_a_callback_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task A_scheduled_callback_cancelled_by_the_customer_ends_COMPLETED_CANCELLED()
    {
        var id = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));

        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await _client.WaitForRecord(id, r => r["_callback_state"] == "COMPLETED", "the cancel to end the session");
        Assert.Equal("CANCELLED", record["_callback_reason"]);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task GMS_clients_may_say_whether_to_discard_orchestration_failures(string discard)
    {
        var id = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));

        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{id}?discard_ors_failure={discard}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await _client.WaitForRecord(id, r => r["_callback_state"] == "COMPLETED", "the cancel to end the session");
        Assert.Equal("CANCELLED", record["_callback_reason"]);
    }

    [Fact]
    public async Task A_discard_ors_failure_that_is_no_flag_is_refused_and_the_callback_stays_scheduled()
    {
        var id = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));

        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{id}?discard_ors_failure=maybe");

        var error = await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.General);
        Assert.Contains("discard_ors_failure", error.Message, StringComparison.Ordinal);
        var record = Assert.Single(await _client.Records($"/genesys/1/service/callback?_id={id}"));
        Assert.Equal("SCHEDULED", record["_callback_state"]);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{Guid.NewGuid()}");

        await response.IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
    }

    [Fact]
    public async Task An_id_that_is_no_session_id_at_all_is_not_found()
    {
        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/440-96984577-a614-4f18-b80e-aaf91e78b178");

        await response.IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
    }

    [Fact]
    public async Task A_session_of_another_service_is_not_found_through_this_one_and_stays_as_it_was()
    {
        var session = In(nameof(CallbackStateMachine.WaitingForAgent), _host.Now, service: "user-delayed");
        await _host.Store(session);

        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{session.CorrelationId}");

        await response.IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
        var record = Assert.Single(await _client.Records($"/genesys/1/service/callback?_id={session.CorrelationId}"));
        Assert.Equal("QUEUED", record["_callback_state"]);
    }

    [Fact]
    public async Task A_completed_callback_cannot_be_cancelled_and_keeps_its_reason()
    {
        var session = In(nameof(CallbackStateMachine.Completed), _host.Now, reason: CallbackReason.AgentConnected);
        await _host.Store(session);

        var response = await _client.DeleteAsync($"/genesys/1/service/callback/{Service}/{session.CorrelationId}");

        var error = await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.NotFound);
        Assert.Contains("AGENT_CONNECTED", error.Message, StringComparison.Ordinal);
        var record = Assert.Single(await _client.Records($"/genesys/1/service/callback?_id={session.CorrelationId}"));
        Assert.Equal("AGENT_CONNECTED", record["_callback_reason"]);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
