using Callback.Sagas.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Callback.Web.Tests.Observability;

/// <summary>
/// Customer numbers are personal data: across a whole session run, nothing the processes log, at any level down to Debug and
/// from any category (ours, MassTransit's, EF Core's, ASP.NET Core's), shows one in clear; our own entries show it masked.
/// </summary>
public sealed class Masked_customer_numbers_Specs
{
    [Fact]
    public async Task A_session_run_logs_the_customer_number_only_masked()
    {
        var capture = new LogCapture();
        var settings = new Dictionary<string, string?>(ImmediateSessionRun.Settings)
        {
            // For the capture only: the console keeps the app's levels.
            ["Logging:" + typeof(LogCapture).FullName + ":LogLevel:Default"] = "Debug",
        };
        await using (var host = new GenesysApiHost(settings, services: s => s.AddLogging(logging => logging.AddProvider(capture))))
            Assert.Equal("AGENT_CONNECTED", await ImmediateSessionRun.Complete(host));

        var masked = PhoneNumberMask.Mask(ImmediateSessionRun.CustomerNumber);
        Assert.Equal("+1415*****23", masked);
        Assert.Contains(capture.Entries, entry => entry.Contains(masked, StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Entries, entry => entry.Contains(ImmediateSessionRun.CustomerNumber.TrimStart('+'), StringComparison.Ordinal));
    }
}
