using System.Net;
using Callback.Testing;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Callback.Web.Tests.Demo;

/// <summary>
/// The demo page in a real browser against the app on a loopback port, on the real clock: the page books, the CometD
/// push arrives, the customer confirms, the simulated contact center connects the call. Timings are short by settings.
/// </summary>
public sealed class Demo_page_Specs(ITestOutputHelper output) : IDisposable
{
    readonly GenesysApiHost _host = new(ReliableContactCenter.Settings(stepSeconds: 1).With(new Dictionary<string, string?>
    {
        // Open whenever the test runs, so that today has a slot under way to book.
        ["Callback:OfficeHours:office-hours:_bh_regular1"] = "Mon-Sun 00:00-24:00",
        // The page books a slot under way 10 s ahead: SCHEDULED until 3 s before, then QUEUED.
        ["Callback:Services:user-scheduled:_request_execution_time_buffer"] = "3",
    }), realTime: true);

    [Fact]
    public async Task A_customer_books_a_delayed_callback_confirms_it_and_sees_it_completed()
    {
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        var baseUrl = _host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var screenshot = Path.Combine(ArtifactsFolder(), "demo-page.png");

        var run = await BrowserScript.Run("demo-page.mjs", [baseUrl, screenshot], TimeSpan.FromMinutes(3));
        output.WriteLine(run.Output);
        output.WriteLine($"screenshot: {screenshot}");

        Assert.True(run.ExitCode == 0, $"The browser scenario failed (exit code {run.ExitCode}):\n{run.Output}");
        Assert.True(File.Exists(screenshot), $"No screenshot at {screenshot}");
        Assert.True(Guid.TryParse(run.First("booked").GetString(), out _), run.Output);

        var dialog = run.First("dialog");
        Assert.Equal("An agent is available. Press Ok to receive the call now.", dialog.GetProperty("text").GetString());
        Assert.Equal("Ok", dialog.GetProperty("ok").GetString());
        Assert.Equal("You will receive the call shortly", run.First("connected").GetString());

        var completed = run.First("completed");
        Assert.Equal("COMPLETED", completed.GetProperty("state").GetString());
        Assert.Equal("(AGENT_CONNECTED)", completed.GetProperty("reason").GetString());
        Assert.Equal(["SCHEDULED", "QUEUED"], completed.GetProperty("statesSeen").EnumerateArray().Take(2).Select(s => s.GetString()));
        Assert.Equal("COMPLETED", completed.GetProperty("statesSeen").EnumerateArray().Last().GetString());
        var history = completed.GetProperty("history").EnumerateArray().Select(line => line.GetString()).ToList();
        Assert.Equal("CallbackRequested Initial Scheduled", history.First());
        Assert.Contains(history, line => line!.EndsWith("UserNotified Dialing", StringComparison.Ordinal));
        Assert.EndsWith("Completed", history.Last(), StringComparison.Ordinal);
    }

    /// <summary><c>$TEST_ARTIFACTS_DIR</c>, else <c>TestResults/artifacts</c> under the repository's test output.</summary>
    static string ArtifactsFolder() =>
        Environment.GetEnvironmentVariable("TEST_ARTIFACTS_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");

    public void Dispose() => _host.Dispose();
}
