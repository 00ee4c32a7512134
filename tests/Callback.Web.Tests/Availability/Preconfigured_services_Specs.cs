using Callback.Sagas.Options;
using Callback.Web.Calendars;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.Availability;

/// <summary>The services <c>dotnet run --project src/Callback.Web</c> starts with.</summary>
public sealed class Preconfigured_services_Specs : IDisposable
{
    readonly GenesysApiHost _host = new ApiSettings().Host();

    [Theory]
    [InlineData("user-scheduled", true, true)]
    [InlineData("user-delayed", true, true)]
    [InlineData("user-immediate", false, false)]
    public void Each_scenario_reads_and_validates_with_the_preconfigured_office_hours(string name, bool waitForAgent, bool waitForUserConfirm)
    {
        var read = _host.Services.GetRequiredService<ServiceOptionsReader>().Read(name);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors.Select(e => e.Message)));
        Assert.Empty(ServiceOptionsValidator.Validate(read.Value));
        Assert.Equal((CallDirection.UserTerminated, waitForAgent, waitForUserConfirm, "office-hours"),
            (read.Value.CallDirection, read.Value.WaitForAgent, read.Value.WaitForUserConfirm, read.Value.BusinessHoursService));
    }

    [Fact]
    public void The_office_hours_are_Monday_to_Friday_8_to_20_UTC()
    {
        var hours = _host.Services.GetRequiredService<OfficeHoursCatalog>().Find("office-hours");

        Assert.NotNull(hours);
        Assert.Equal(TimeZoneInfo.Utc, hours.TimeZone);
        Assert.True(hours.IsOpenAt(GenesysApiHost.Start));
        Assert.False(hours.IsOpenAt(GenesysApiHost.Start.AddHours(11)));
        Assert.False(hours.IsOpenAt(GenesysApiHost.Start.AddDays(3)));
    }

    public void Dispose() => _host.Dispose();
}
