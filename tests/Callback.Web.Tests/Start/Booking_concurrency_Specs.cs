using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Callback.Sagas.Persistence;
using Callback.Web.Api.Errors;
using Callback.Web.Api.Start;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Callback.Web.Tests.Start;

public sealed class Booking_concurrency_Specs :
    IDisposable
{
    const string Body = "_customer_number=5115&_desired_time=2026-11-25T15:00:00.000Z";

    readonly GenesysApiHost _host = new(new Dictionary<string, string?>
    {
        ["Booking:MaxConcurrent"] = "1",
        ["Booking:QueueLimit"] = "0",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_start_beyond_the_bookings_in_progress_is_answered_service_unavailable_and_changes_nothing()
    {
        var client = _host.CreateClient();
        using var leases = new MetricCollector<long>(_host.Services.GetRequiredService<IMeterFactory>(), "Microsoft.AspNetCore.RateLimiting",
            "aspnetcore.rate_limiting.active_request_leases");
        // The test holds SQLite's write lock, so the first start waits to begin its transaction, holding the only place.
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<CallbackDbContext>>().CreateDbContextAsync();
        var writeLock = await db.Database.BeginTransactionAsync();
        var first = client.PostAsync("/genesys/1/service/callback/user-scheduled", Form());
        await leases.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(20));

        var rejected = await client.PostAsync("/genesys/1/service/callback/user-scheduled", Form());

        var error = await rejected.IsGmsError(HttpStatusCode.ServiceUnavailable, GmsExceptions.ServiceUnavailable);
        Assert.Equal(BookingConcurrency.Rejected, error.Message);
        await writeLock.RollbackAsync();
        await writeLock.DisposeAsync();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(1, await _host.Count());
        Assert.Equal(1, await _host.Booked("user-scheduled"));
    }

    static StringContent Form() => new(Body, Encoding.UTF8, "application/x-www-form-urlencoded");
}
