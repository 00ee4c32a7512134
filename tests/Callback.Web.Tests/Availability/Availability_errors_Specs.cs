using System.Net;

namespace Callback.Web.Tests.Availability;

public sealed class Availability_errors_Specs : IDisposable
{
    const string Exceptions = "com.genesyslab.gsg.services.callback.exceptions.";

    readonly GenesysApiHost _host = new ApiSettings()
        .Service("no-hours", ("_business_hours_service", "missing-hours"))
        .Service("bad-hours", ("_business_hours_service", "bad-hours"))
        .OfficeHours("bad-hours", ("_timezone", "Europe/Pariss"), ("_bh_regular1", "Mon-Fri 08:00-20:00"))
        .Service("odd-bucket", ("_request_time_bucket", "7"))
        .Service("unreadable", ("_max_request_by_time_bucket", "many"))
        .Host();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task An_unknown_service_is_not_found_with_the_GMS_body(int version)
    {
        var (status, body) = await _host.Get(AvailabilityCalls.Url(version, "nope"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            $$"""{"exception":"{{Exceptions}}CallbackExceptionNotFound","code":400,"phrase":"Bad Request","message":"Service nope is not configured"}""",
            body.GetRawText());
    }

    [Theory]
    [InlineData(1, "?start=tomorrow", "Parameter start has an invalid value 'tomorrow'")]
    [InlineData(1, "?end=2026-11-26T25:00:00Z", "Parameter end has an invalid value")]
    [InlineData(1, "?number-of-days=0", "Parameter number-of-days has an invalid value '0': expected a whole number from 1 to 366")]
    [InlineData(1, "?number-of-days=400", "Parameter number-of-days has an invalid value '400': expected a whole number from 1 to 366")]
    [InlineData(1, "?start=2026-01-01T00:00:00Z&end=2027-06-01T00:00:00Z", "is longer than 366 days")]
    [InlineData(1, "?start=9999-12-31T00:00:00Z", "Parameter start has an invalid value '9999-12-31T00:00:00Z'")]
    [InlineData(1, "?timestamp=9999-12-31T23:00:00Z", "Parameter timestamp has an invalid value")]
    [InlineData(2, "?start-ms=-1", "Parameter start-ms has an invalid value '-1'")]
    [InlineData(2, "?end-ms=999999999999999", "Parameter end-ms has an invalid value")]
    [InlineData(1, "?max-time-slots=-1", "Parameter max-time-slots has an invalid value '-1': expected a whole number of at least 1")]
    [InlineData(1, "?max-time-slots=1&max-time-slots=2", "Parameter max-time-slots has an invalid value '1,2'")]
    [InlineData(1, "?start=2026-11-27T00:00:00Z&end=2026-11-26T00:00:00Z", "The end 2026-11-26T00:00:00.000Z is before the start 2026-11-27T00:00:00.000Z")]
    [InlineData(1, "?end=2026-11-27T00:00:00Z&number-of-days=1", "Give end or number-of-days, not both")]
    [InlineData(1, "?timestamp=2026-11-26T14:00:00Z&start=2026-11-26T00:00:00Z", "Give timestamp or start, end and number-of-days, not both")]
    [InlineData(1, "?timestamp=noon", "Parameter timestamp has an invalid value 'noon'")]
    [InlineData(2, "?timezone=Mars/Olympus", "Parameter timezone has an invalid value 'Mars/Olympus': expected an IANA time zone")]
    [InlineData(2, "?report-busy=maybe", "Parameter report-busy has an invalid value 'maybe': expected true or false")]
    [InlineData(2, "?start-ms=soon", "Parameter start-ms has an invalid value 'soon'")]
    [InlineData(2, "?start-ms=1&start=2026-11-26T00:00:00Z", "Give start or start-ms, not both")]
    [InlineData(2, "?end-ms=1&end=2026-11-26T00:00:00Z", "Give end or end-ms, not both")]
    public async Task A_parameter_that_does_not_read_is_a_bad_request_that_says_which(int version, string query, string message)
    {
        var (status, body) = await _host.Get(AvailabilityCalls.Url(version, "user-scheduled") + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("com.genesyslab.gsg.GSGException", body.GetProperty("exception").GetString());
        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-hours", "Service option no-hours / _business_hours_service names missing-hours: Office hours service missing-hours is not configured (Callback:OfficeHours:missing-hours)")]
    [InlineData("bad-hours", "Office hours service bad-hours / _timezone 'Europe/Pariss' is not a known time zone")]
    [InlineData("odd-bucket", "Service option odd-bucket / _request_time_bucket has an invalid value '7'")]
    [InlineData("unreadable", "Service option unreadable / _max_request_by_time_bucket has an invalid value 'many'")]
    public async Task A_service_whose_slots_are_not_configured_is_a_resource_error(string service, string message)
    {
        foreach (var version in new[] { 1, 2 })
        {
            var (status, body) = await _host.Get(AvailabilityCalls.Url(version, service));

            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal(Exceptions + "CallbackExceptionResource", body.GetProperty("exception").GetString());
            Assert.Equal(500, body.GetProperty("code").GetInt32());
            Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    public void Dispose() => _host.Dispose();
}
