using System.Net;
using System.Net.Http.Json;

namespace Callback.Web.Tests.Push;

public sealed class Status_notification_option_errors_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new(new Dictionary<string, string?>
    {
        ["Callback:Services:bad-target:_target"] = "Billing@Stat_Server.GA",
        ["Callback:Services:bad-target:_enable_status_notification"] = "subscribe_notify",
        ["Callback:Services:bad-target:_status_notification_target"] = "crm.example.com/events",
        ["Callback:Services:overridable:_target"] = "Billing@Stat_Server.GA",
        ["Callback:Services:overridable:_overwritable_options"] = "_callback_events_list,_max_notify_delivery_attempts",
    });

    [Theory]
    [InlineData("bad-target", """{"_customer_number":"5115"}""",
        "Service option bad-target / _status_notification_target has an invalid value 'crm.example.com/events': expected an absolute http or https URL")]
    [InlineData("overridable", """{"_customer_number":"5115","_callback_events_list":"_cbe_on_dial_init,_cbe_on_coffee_break"}""",
        "Service option overridable / _callback_events_list has an invalid value '_cbe_on_coffee_break'")]
    [InlineData("overridable", """{"_customer_number":"5115","_max_notify_delivery_attempts":"0"}""",
        "Service option overridable / _max_notify_delivery_attempts has an invalid value '0': expected at least 1")]
    public async Task A_start_request_with_bad_notification_options_gets_GMS_s_error_and_books_nothing(string service, string json, string message)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await _host.CreateClient().PostAsync($"/genesys/1/service/callback/{service}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.EndsWith("CallbackExceptionNotFound", error?["exception"].ToString(), StringComparison.Ordinal);
        Assert.Contains(message, error?["message"].ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await _host.Count());
    }

    public void Dispose() => _host.Dispose();
}
