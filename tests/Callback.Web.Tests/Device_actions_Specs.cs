using System.Net;
using System.Net.Http.Json;
using System.Text;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Api.Errors;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Device_actions_Specs :
    IDisposable
{
    const string Waiting = nameof(CallbackStateMachine.WaitingForAgent);

    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Device_actions_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task Connect_as_in_the_seed_answers_the_call_shortly_dialog_and_the_session_dials()
    {
        var session = In(nameof(CallbackStateMachine.UserNotified), _host.Now, options: Given.Options(confirm: true));
        await _host.Store(session);

        // The seed's request: an empty multipart form.
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes("-----WebKitFormBoundaryNY84ld7wm7oHB9fp--"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=---WebKitFormBoundaryNY84ld7wm7oHB9fp");
        var response = await _client.PostAsync($"/genesys/1/service/{session.CorrelationId}/connect", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new Dictionary<string, string>
        {
            ["_id"] = session.CorrelationId.ToString(),
            ["_action"] = "ConfirmationDialog",
            ["_dialog_id"] = "0",
            ["_text"] = "You will receive the call shortly",
            ["_ok_title"] = "Ok",
        }, await response.Content.ReadFromJsonAsync<Dictionary<string, string>>());
        await _client.WaitForRecord(session.CorrelationId, r => r["_callback_state"] != "QUEUED", "the confirmed session to dial");
    }

    [Fact]
    public async Task Connect_answers_in_the_session_s_own_dialog_texts()
    {
        var options = Given.Options(confirm: true) with { Dialogs = new DialogTexts { CallShortly = "Nous vous appelons", OkTitle = "D'accord" } };
        var session = In(nameof(CallbackStateMachine.UserNotified), _host.Now, options: options);
        await _host.Store(session);

        var dialog = await (await _client.PostAsync($"/genesys/1/service/{session.CorrelationId}/connect", null))
            .Content.ReadFromJsonAsync<Dictionary<string, string>>();

        Assert.Equal("Nous vous appelons", dialog?["_text"]);
        Assert.Equal("D'accord", dialog?["_ok_title"]);
    }

    [Fact]
    public async Task Connect_for_an_unknown_session_is_not_found_and_for_a_completed_one_refused()
    {
        var completed = In(nameof(CallbackStateMachine.Completed), _host.Now, reason: CallbackReason.FailUserNoConfirm);
        await _host.Store(completed);

        await (await _client.PostAsync($"/genesys/1/service/{Guid.NewGuid()}/connect", null)).IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
        await (await _client.PostAsync($"/genesys/1/service/{completed.CorrelationId}/connect", null))
            .IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.NotFound);
    }

    [Fact]
    public async Task The_queue_position_counts_the_queued_callbacks_of_the_service_created_earlier_and_gives_the_EWT()
    {
        var first = In(Waiting, _host.Now.AddMinutes(-3));
        var scheduledInWindow = In(nameof(CallbackStateMachine.Scheduled), _host.Now.AddMinutes(-2), desiredTime: _host.Now.AddMinutes(1));
        var scheduledLater = In(nameof(CallbackStateMachine.Scheduled), _host.Now.AddMinutes(-2), desiredTime: _host.Now.AddHours(2));
        var dialing = In(nameof(CallbackStateMachine.Dialing), _host.Now.AddMinutes(-2));
        var otherService = In(Waiting, _host.Now.AddMinutes(-2), service: "user-delayed");
        var mine = In(nameof(CallbackStateMachine.UserNotified), _host.Now.AddMinutes(-1), ewt: TimeSpan.FromSeconds(95.4));
        var after = In(Waiting, _host.Now);
        await _host.Store(first, scheduledInWindow, scheduledLater, dialing, otherService, mine, after);

        var byGet = await _client.GetFromJsonAsync<Dictionary<string, double>>($"/genesys/1/service/{mine.CorrelationId}/check-queue-position");
        var byPost = await (await _client.PostAsync($"/genesys/1/service/{mine.CorrelationId}/check-queue-position", null))
            .Content.ReadFromJsonAsync<Dictionary<string, double>>();

        Assert.Equal(new Dictionary<string, double> { ["ewt"] = 95, ["position"] = 3 }, byGet);
        Assert.Equal(byGet, byPost);
    }

    [Fact]
    public async Task A_callback_that_is_not_queued_has_no_position()
    {
        var scheduled = In(nameof(CallbackStateMachine.Scheduled), _host.Now, desiredTime: _host.Now.AddHours(2));
        var routing = In(nameof(CallbackStateMachine.Dialing), _host.Now, ewt: TimeSpan.FromSeconds(10));
        await _host.Store(scheduled, routing);

        var ofScheduled = await _client.GetFromJsonAsync<Dictionary<string, double>>($"/genesys/1/service/{scheduled.CorrelationId}/check-queue-position");
        var ofRouting = await _client.GetFromJsonAsync<Dictionary<string, double>>($"/genesys/1/service/{routing.CorrelationId}/check-queue-position");

        Assert.Equal(0, ofScheduled?["position"]);
        Assert.Equal(new Dictionary<string, double> { ["ewt"] = 10, ["position"] = 0 }, ofRouting);
    }

    [Fact]
    public async Task The_queue_position_of_an_unknown_session_is_not_found_and_of_a_completed_one_refused()
    {
        var completed = In(nameof(CallbackStateMachine.Completed), _host.Now, reason: CallbackReason.Cancelled);
        await _host.Store(completed);

        await (await _client.GetAsync($"/genesys/1/service/{Guid.NewGuid()}/check-queue-position")).IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
        await (await _client.GetAsync($"/genesys/1/service/{completed.CorrelationId}/check-queue-position"))
            .IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.NotFound);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
