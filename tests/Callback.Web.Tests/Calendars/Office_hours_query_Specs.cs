using System.Net;
using System.Text.Json;
using Callback.Web.Api.Errors;
using Callback.Web.Tests.Availability;

namespace Callback.Web.Tests.Calendars;

/// <summary>
/// <c>GET /genesys/1/service/{office-hours}</c>, GMS's calendar service. The preconfigured <c>office-hours</c> is open
/// Mon-Fri 08:00-20:00 UTC; the clock starts Wednesday 2026-11-25 09:00Z.
/// </summary>
public sealed class Office_hours_query_Specs : IDisposable
{
    readonly GenesysApiHost _host = new ApiSettings()
        .OfficeHours("paris-hours", ("_timezone", "Europe/Paris"), ("_bh_regular1", "Mon-Fri 09:00-12:00, 14:00-18:00"), ("_bh_drop1", "11-27"))
        .Host();

    static IEnumerable<string> Periods(JsonElement body) =>
        body.GetProperty("periods").EnumerateArray().Select(p => $"{p.GetProperty("start").GetString()}/{p.GetProperty("end").GetString()}");

    [Fact]
    public async Task Without_parameters_it_answers_the_period_open_now_with_a_null_error()
    {
        var (status, body) = await _host.Get("/genesys/1/service/office-hours");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("error").ValueKind);
        Assert.Equal(["2026-11-25T08:00:00.000Z/2026-11-25T20:00:00.000Z"], Periods(body));
    }

    [Fact]
    public async Task A_closed_time_answers_no_period()
    {
        var (_, body) = await _host.Get("/genesys/1/service/office-hours?start=2026-11-28T12:00:00Z");

        Assert.Empty(Periods(body));
    }

    [Fact]
    public async Task Number_of_days_lists_the_periods_of_the_days_ahead_with_the_local_clock()
    {
        var (_, body) = await _host.Get("/genesys/1/service/paris-hours?start=2026-11-26T00:00:00Z&number-of-days=2");

        // Thursday's two periods, Friday closed by its dated drop; Paris is UTC+1 in November.
        Assert.Equal(["2026-11-26T08:00:00.000Z/2026-11-26T11:00:00.000Z", "2026-11-26T13:00:00.000Z/2026-11-26T17:00:00.000Z"], Periods(body));
        Assert.Equal("Europe/Paris", body.GetProperty("timezone").GetString());
        Assert.Equal("2026-11-26T09:00:00.000", body.GetProperty("periods")[0].GetProperty("localStart").GetString());
        Assert.Equal("2026-11-26T18:00:00.000", body.GetProperty("periods")[1].GetProperty("localEnd").GetString());
    }

    [Fact]
    public async Task A_period_that_overlaps_the_stretch_asked_about_is_given_whole()
    {
        var (_, body) = await _host.Get("/genesys/1/service/office-hours?start=2026-11-26T19:00:00Z&end=2026-11-27T09:00:00Z");

        Assert.Equal(["2026-11-26T08:00:00.000Z/2026-11-26T20:00:00.000Z", "2026-11-27T08:00:00.000Z/2026-11-27T20:00:00.000Z"], Periods(body));
    }

    [Theory]
    [InlineData("?start=tomorrow")]
    [InlineData("?end=2026-11-26T00:00:00Z&number-of-days=1")]
    [InlineData("?start=2026-11-26T00:00:00Z&end=2026-11-25T00:00:00Z")]
    [InlineData("?number-of-days=0")]
    [InlineData("?number-of-days=400")]
    public async Task Unreadable_or_contradictory_parameters_are_refused_with_the_reason(string query)
    {
        using var client = _host.CreateClient();
        using var response = await client.GetAsync(new Uri("/genesys/1/service/office-hours" + query, UriKind.Relative));

        await response.IsGmsError(HttpStatusCode.BadRequest, GmsExceptions.General);
    }

    [Theory]
    [InlineData("no-such-hours")]
    [InlineData("user-scheduled")]
    public async Task A_name_that_is_no_office_hours_service_is_not_found(string name)
    {
        using var client = _host.CreateClient();
        using var response = await client.GetAsync(new Uri("/genesys/1/service/" + name, UriKind.Relative));

        var error = await response.IsGmsError(HttpStatusCode.NotFound, GmsExceptions.NotFound);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
