using System.Net;
using System.Net.Http.Json;
using System.Text;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Api.Errors;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests;

public sealed class Admin_cancel_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();
    readonly HttpClient _client;

    public Admin_cancel_Specs() => _client = _host.CreateClient();

    [Fact]
    public async Task Callbacks_cancelled_by_the_admin_end_COMPLETED_CANCELLED_BY_ADMIN()
    {
        var scheduled = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));
        var delayed = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddHours(3), at: _host.Now) with { ServiceName = "user-delayed" });
        var completed = In(nameof(CallbackStateMachine.Completed), _host.Now, reason: CallbackReason.AgentConnected);
        await _host.Store(completed);
        var unknown = Guid.NewGuid().ToString();

        var response = await _client.PostAsJsonAsync("/genesys/1/admin/callback/cancel", new
        {
            reason = "CANCELLED_BY_ADMIN",
            ids = new[] { scheduled.ToString(), unknown, delayed.ToString(), completed.CorrelationId.ToString(), "not-an-id" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<Dictionary<string, string[]>>();
        Assert.NotNull(answer);
        Assert.Equal([scheduled.ToString(), delayed.ToString()], answer["cancelled"]);
        Assert.Equal([unknown, completed.CorrelationId.ToString(), "not-an-id"], answer["not_found"]);
        foreach (var id in new[] { scheduled, delayed })
        {
            var record = await _client.WaitForRecord(id, r => r["_callback_state"] == "COMPLETED", "the admin cancel to end the session");
            Assert.Equal("CANCELLED_BY_ADMIN", record["_callback_reason"]);
        }
    }

    [Fact]
    public async Task Without_a_reason_the_admin_cancel_uses_CANCELLED_BY_ADMIN()
    {
        var id = await _host.Start(_client, Given.Callback(desiredTime: _host.Now.AddDays(1), at: _host.Now));

        await _client.PostAsJsonAsync("/genesys/1/admin/callback/cancel", new { ids = new[] { id.ToString() } });

        var record = await _client.WaitForRecord(id, r => r["_callback_state"] == "COMPLETED", "the admin cancel to end the session");
        Assert.Equal("CANCELLED_BY_ADMIN", record["_callback_reason"]);
    }

    [Theory]
    [InlineData("""{"reason":"CANCELLED_BY_ADMIN"}""")]
    [InlineData("""{"reason":"CANCELLED_BY_ADMIN","ids":[]}""")]
    [InlineData("""{"reason":"cancelled by me","ids":["00000000-0000-0000-0000-000000000001"]}""")]
    [InlineData("""{"reason":"CANCELLED_BY_ADMIN","ids":"00000000-0000-0000-0000-000000000001"}""")]
    [InlineData("""{"reason":"CANCELLED_BY_ADMIN","ids":[""")]
    public async Task A_body_without_ids_or_with_a_reason_GMS_would_not_know_is_refused(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/genesys/1/admin/callback/cancel", content);

        await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.General);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
