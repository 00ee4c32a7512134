using System.Threading.RateLimiting;
using Callback.Web.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Callback.Web.Api.Start;

/// <summary>
/// Bounds the starts and reschedules in progress at once. Each holds a pooled database connection in a transaction;
/// past the pool's size the rest used to wait up to 15 s for a connection and then fail with 500, while the bus
/// outbox's delivery waited for one too (bench/README.md, "What limits booking"). Beyond <c>Booking:MaxConcurrent</c>
/// requests in progress and <c>Booking:QueueLimit</c> waiting, a request is answered GMS's 503 at once, which GMS
/// clients already retry, before anything of it is read or stored.
/// </summary>
public static class BookingConcurrency
{
    public const string Policy = "bookings";

    /// <summary>
    /// Well below Npgsql's default pool of 100 connections, which the outbox delivery, the queries and the push channels
    /// share; on a few cores more bookings at once only lengthen each one's open transaction.
    /// </summary>
    const int DefaultMaxConcurrent = 32;

    /// <summary>A short queue: it absorbs bursts, and a request never waits behind more than one round of bookings.</summary>
    const int DefaultQueueLimit = 32;

    public const string Rejected = "Too many callback requests are being processed; try again shortly.";

    public static IServiceCollection AddBookingConcurrency(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var permits = configuration.GetValue("Booking:MaxConcurrent", DefaultMaxConcurrent);
            var queue = configuration.GetValue("Booking:QueueLimit", DefaultQueueLimit);
            limiter.AddConcurrencyLimiter(Policy, options =>
            {
                options.PermitLimit = permits;
                options.QueueLimit = queue;
                options.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (context, _) =>
                new ValueTask(GmsResults.ServiceUnavailable(Rejected).ExecuteAsync(context.HttpContext));
        });
        return services;
    }
}
