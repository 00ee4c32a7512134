using Callback.Benchmarks.Hosting;

namespace Callback.Benchmarks.Scenarios.Booking;

/// <summary>
/// The web tier's configuration for the booking run, and the one service it books on: a service whose limits cannot be
/// reached during a run, so that every request is admitted and booked and the latency is that of a booking, not of a
/// refusal. Each limit is off the way GMS's options switch it off (docs/api.md, "Start a callback").
/// </summary>
public static class BookingService
{
    public const string Name = "bench-booking";

    /// <summary>Minutes per slot (<c>_request_time_bucket</c>).</summary>
    public const int SlotMinutes = 5;

    public static Dictionary<string, string?> WebSettings(Uri broker, BenchDatabase database)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            // The web tier alone, as docker-compose runs it: the sessions it stores wait for workers that are not there.
            ["Workers:Enabled"] = "false",
        };

        var service = $"Callback:Services:{Name}:";
        settings[service + "_call_direction"] = "USERTERMINATED";
        settings[service + "_media_type"] = "voice";
        settings[service + "_target"] = "Customer_Service@Stat_Server.GA";
        settings[service + "_route_point"] = "8999";
        settings[service + "_wait_for_agent"] = "true";
        settings[service + "_wait_for_user_confirm"] = "true";
        // No _business_hours_service: open around the clock, so every desired time of the run is bookable.
        settings[service + "_request_time_bucket"] = SlotMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[service + "_max_request_by_time_bucket"] = "1000000";
        // 0 would refuse every callback; a number no run reaches leaves the count (which the check still makes) unmet.
        settings[service + "_max_queued_callbacks_per_service"] = "1000000";
        // A throttle window of 0 turns its rule off.
        settings[service + "_throttle_ttl_1"] = "0";
        settings[service + "_throttle_ttl_2"] = "0";
        // No number check: the run's numbers are made up, one per request (the per-number daily limit stays at GMS's 6).
        settings[service + "_disallow_impossible_phone_numbers"] = "false";
        settings[service + "_disallow_premium_phone_numbers"] = "false";
        return settings;
    }
}
