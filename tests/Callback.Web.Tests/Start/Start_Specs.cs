using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Callback.Sagas.StateMachines;

namespace Callback.Web.Tests.Start;

public sealed class Start_Specs :
    IDisposable
{
    const string DesiredTime = "2026-11-25T15:00:00.000Z";

    readonly GenesysApiHost _host = new(new Dictionary<string, string?>
    {
        ["Callback:Services:tiny-slots:_call_direction"] = "USERTERMINATED",
        ["Callback:Services:tiny-slots:_target"] = "Billing@Stat_Server.GA",
        ["Callback:Services:tiny-slots:_business_hours_service"] = "office-hours",
        ["Callback:Services:tiny-slots:_max_request_by_time_bucket"] = "3",
        ["Callback:Services:tiny-slots:_disallow_impossible_phone_numbers"] = "true",
        ["Callback:Services:no-office:_target"] = "Billing@Stat_Server.GA",
        ["Callback:Services:no-office:_business_hours_service"] = "missing-hours",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_seed_s_multipart_request_books_a_scheduled_callback_and_answers_its_id()
    {
        const string body = "--AaB03x\r\nContent-Disposition: form-data; name=\"first_name\"\r\n\r\nJohn\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"last_name\"\r\n\r\nDoe\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_provide_code\"\r\n\r\nfalse\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_desired_time\"\r\n\r\n" + DesiredTime + "\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_customer_number\"\r\n\r\n5115\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"location_lat\"\r\n\r\n37.8197\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"location_long\"\r\n\r\n-122.4786\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_device_os\"\r\n\r\ncomet\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_call_direction\"\r\n\r\nUSERTERMINATED\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_wait_for_agent\"\r\n\r\ntrue\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_wait_for_user_confirm\"\r\n\r\ntrue\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_media_type\"\r\n\r\nvoice\r\n--AaB03x--\r\n";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data;boundary=AaB03x;charset=UTF-8");

        var response = await _host.CreateClient().PostAsync("/genesys/1/service/callback/user-scheduled", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = Guid.Parse(answer.GetProperty("_id").GetString()!);
        Assert.Single(answer.EnumerateObject());

        // Stored with the booking, then taken by the saga.
        var session = await Callback.Testing.Polling.WaitForQuery(async () => await _host.Stored(id) is { CurrentState: nameof(CallbackStateMachine.Scheduled) } s ? s : null,
            "the saga to take the request", TimeSpan.FromSeconds(30));
        Assert.Equal("user-scheduled", session.ServiceName);
        Assert.Equal("5115", session.CustomerNumber);
        Assert.Equal(DateTimeOffset.Parse(DesiredTime, System.Globalization.CultureInfo.InvariantCulture), session.DesiredTime);
        Assert.Equal("comet", session.DeviceOs);
        Assert.Equal(new Dictionary<string, string> { ["first_name"] = "John", ["last_name"] = "Doe", ["location_lat"] = "37.8197", ["location_long"] = "-122.4786" },
            session.UserData);
        Assert.Equal(1, await _host.Booked("user-scheduled"));
    }

    [Fact]
    public async Task A_urlencoded_and_a_JSON_request_book_as_well()
    {
        var client = _host.CreateClient();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_customer_number"] = "5115", ["_desired_time"] = DesiredTime });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/genesys/1/service/callback/user-scheduled", form)).StatusCode);

        var json = await client.PostAsJsonAsync("/genesys/1/service/callback/user-scheduled", new Dictionary<string, object>
        {
            ["_customer_number"] = "5115", ["_desired_time"] = DesiredTime, ["loyalty"] = 3,
        });
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var id = Guid.Parse((await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!);
        Assert.Equal("3", (await _host.Stored(id)).UserData["loyalty"]);
        Assert.Equal(2, await _host.Booked("user-scheduled"));
    }

    [Fact]
    public async Task An_immediate_callback_answers_with_the_dialog_to_expect_the_call()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/genesys/1/service/callback/user-immediate",
            new Dictionary<string, string> { ["_customer_number"] = "5115" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dialog = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ConfirmationDialog", dialog.GetProperty("_action").GetString());
        Assert.Equal("You will receive the call shortly", dialog.GetProperty("_text").GetString());
        Assert.Equal("Ok", dialog.GetProperty("_ok_title").GetString());
        Assert.Equal("0", dialog.GetProperty("_dialog_id").GetString());
        var session = await _host.Stored(Guid.Parse(dialog.GetProperty("_id").GetString()!));
        Assert.Null(session.DesiredTime);
        Assert.Equal(0, await _host.Booked("user-immediate"));
    }

    [Theory]
    [InlineData("user-scheduled", """{"_desired_time":"2026-11-25T15:00:00.000Z"}""", 400, "CallbackExceptionNotFound", "Mandatory parameter _customer_number is missing")]
    [InlineData("no-such-service", """{"_customer_number":"5115"}""", 400, "CallbackExceptionNotFound", "no-such-service")]
    [InlineData("user-scheduled", """{"_customer_number":"5115","_max_dial_attempts":"9"}""", 400, "CallbackExceptionNotFound", "_max_dial_attempts")]
    [InlineData("tiny-slots", """{"_customer_number":"+19005551234"}""", 400, "CallbackExceptionNumber", "because it's a premium number")]
    [InlineData("tiny-slots", """{"_customer_number":"111"}""", 400, "CallbackExceptionNumber", "because it is invalid")]
    [InlineData("user-scheduled", """{"_customer_number":"5115","_desired_time":"tomorrow"}""", 400, "CallbackExceptionAvailability", "not an ISO 8601 time")]
    [InlineData("user-scheduled", """{"_customer_number":"5115","_desired_time":"2027-03-01T10:00:00.000Z"}""", 400, "CallbackExceptionAvailability", "too far in the future")]
    [InlineData("user-scheduled", """{"_customer_number":"5115","_desired_time":[1]}""", 400, "GSGException", "must be a string")]
    [InlineData("no-office", """{"_customer_number":"5115"}""", 500, "CallbackExceptionResource", "missing-hours")]
    public async Task A_request_that_cannot_be_accepted_gets_GMS_s_error_and_changes_nothing(string service, string json, int status, string exception, string message)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await _host.CreateClient().PostAsync($"/genesys/1/service/callback/{service}", content);

        Assert.Equal(status, (int)response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith(exception, error.GetProperty("exception").GetString(), StringComparison.Ordinal);
        Assert.Equal(status, error.GetProperty("code").GetInt32());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _host.Count());
    }

    [Theory]
    [InlineData("2026-11-25T08:00:00.000Z", "is in the past")]
    [InlineData("2026-11-28T10:00:00.000Z", "Office closed at desired time")]
    public async Task A_refused_desired_time_proposes_free_slots(string desired, string message)
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/genesys/1/service/callback/user-scheduled",
            new Dictionary<string, string> { ["_customer_number"] = "5115", ["_desired_time"] = desired });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("CallbackExceptionAvailability", error.GetProperty("exception").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, error.GetProperty("availability").ValueKind);
    }

    [Fact]
    public async Task Many_requests_at_once_for_the_last_places_of_a_slot_never_overbook_it()
    {
        var client = _host.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.PostAsJsonAsync("/genesys/1/service/callback/tiny-slots",
            new Dictionary<string, string> { ["_customer_number"] = $"+1650555{i:0000}", ["_desired_time"] = DesiredTime })));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var error = await refused[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("No capacity left at desired time", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DesiredTime, error.GetProperty("availability").EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, await _host.Booked("tiny-slots"));
        foreach (var ok in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
            await _host.Stored(Guid.Parse((await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!));
    }
}
