using System.Collections.Frozen;
using System.Globalization;
using Callback.Sagas.Contracts.Push;

namespace Callback.Sagas.Options;

/// <summary>
/// Whether options can run a session: each value in its range, and the combinations GMS requires. It reports every
/// problem at once. GMS also advises keeping <c>_desired_connect_time_threshold</c> above
/// <c>_request_execution_time_buffer</c>, but only advises, so that is not checked here.
/// </summary>
public static class ServiceOptionsValidator
{
    /// <summary>The bucket widths GMS accepts since 8.5.202.03, in minutes.</summary>
    /// <summary>The one <c>_status_notification_type</c> this service delivers.</summary>
    const string HttpCallback = "httpcb";

    static readonly FrozenSet<int> RequestTimeBucketMinutes = FrozenSet.Create(5, 10, 15, 20, 30, 60, 120);

    public static IReadOnlyList<OptionError> Validate(ServiceOptions options)
    {
        var service = options.ServiceName;
        var errors = new List<OptionError>();

        if (string.IsNullOrWhiteSpace(options.Target))
            errors.Add(OptionError.Missing(service, OptionNames.Target));

        if (!RequestTimeBucketMinutes.Contains((int)options.RequestTimeBucket.TotalMinutes))
        {
            errors.Add(OptionError.InvalidValue(service, OptionNames.RequestTimeBucket, Whole(options.RequestTimeBucket.TotalMinutes),
                "one of 5, 10, 15, 20, 30, 60, 120 (minutes)"));
        }

        // Attempts are counted from one: zero would fail every session before it tried anything.
        AtLeast(OptionNames.MaxUserConfirmAttempts, options.MaxUserConfirmAttempts, 1);
        AtLeast(OptionNames.MaxDialAttempts, options.MaxDialAttempts, 1);
        AtLeast(OptionNames.MaxTransferToAgentAttempts, options.MaxTransferToAgentAttempts, 1);
        AtLeast(OptionNames.MaxNotifyDeliveryAttempts, options.MaxNotifyDeliveryAttempts, 1);

        // Zero slots per bucket is a service closed for scheduling, an operator's choice, as a GMS throttle of 0 is.
        AtLeast(OptionNames.MaxRequestByTimeBucket, options.MaxRequestsByTimeBucket, 0);

        // Timeouts that end a wait must leave some time to wait; a zero polling interval would poll without pause.
        AtLeastSeconds(OptionNames.UserConfirmTimeout, options.UserConfirmTimeout, 1);
        AtLeastSeconds(OptionNames.AgentReserveTimeout, options.AgentReserveTimeout, 1);
        AtLeastSeconds(OptionNames.MaxTimeToWaitForAgentOnTheCall, options.MaxWaitForAgentOnCall, 1);
        AtLeastSeconds(OptionNames.AdapterResponseTimeout, options.AdapterResponseTimeout, 1);
        AtLeastSeconds(OptionNames.Ttl, options.Ttl, 1);
        AtLeastSeconds(OptionNames.MinEwtPollingInterval, options.MinEwtPollingInterval, 1);

        // Zero is meaningful for these: redial at once, start checking only at the desired time.
        AtLeastSeconds(OptionNames.DialRetryTimeout, options.DialRetryTimeout, 0);
        AtLeastSeconds(OptionNames.RequestExecutionTimeBuffer, options.ExecutionTimeBuffer, 0);
        AtLeastSeconds(OptionNames.DesiredConnectTimeThreshold, options.DesiredConnectTimeThreshold, 0);

        if (options.MaxEwtPollingInterval < options.MinEwtPollingInterval)
        {
            errors.Add(OptionError.Conflict(service, OptionNames.MaxEwtPollingInterval,
                $"({Whole(options.MaxEwtPollingInterval.TotalSeconds)}) is less than {OptionNames.MinEwtPollingInterval} ({Whole(options.MinEwtPollingInterval.TotalSeconds)})"));
        }

        // The confirmation dialog announces an agent, so there is nothing to confirm unless the service waits for one.
        if (options.WaitForUserConfirm && !options.WaitForAgent)
        {
            errors.Add(OptionError.Conflict(service, OptionNames.WaitForUserConfirm,
                $"is true, which requires {OptionNames.WaitForAgent}=true"));
        }

        ValidateStatusNotification(options, errors);

        return errors;

        void AtLeast(string option, int value, int minimum)
        {
            if (value < minimum)
                errors.Add(OptionError.InvalidValue(service, option, Whole(value), $"at least {minimum}"));
        }

        void AtLeastSeconds(string option, TimeSpan value, int minimumSeconds)
        {
            if (value < TimeSpan.FromSeconds(minimumSeconds))
                errors.Add(OptionError.InvalidValue(service, option, Whole(value.TotalSeconds), $"at least {minimumSeconds} seconds"));
        }
    }

    /// <summary>
    /// Status notifications need somewhere to go when they are on; the event list is checked either way, so that a
    /// misspelt event is found before the day notifications are switched on.
    /// </summary>
    static void ValidateStatusNotification(ServiceOptions options, List<OptionError> errors)
    {
        var service = options.ServiceName;

        foreach (var name in options.CallbackEventsList.Where(name => !StatusEvents.All.Contains(name)))
        {
            errors.Add(OptionError.InvalidValue(service, OptionNames.CallbackEventsList, name,
                $"a comma-separated list of {string.Join(", ", StatusEvents.All.Order(StringComparer.Ordinal))}"));
        }

        if (!options.StatusNotificationEnabled)
            return;

        if (options.StatusNotificationType != HttpCallback)
            errors.Add(OptionError.InvalidValue(service, OptionNames.StatusNotificationType, options.StatusNotificationType, HttpCallback));

        if (options.StatusNotificationTarget is not { } target)
            errors.Add(OptionError.Missing(service, OptionNames.StatusNotificationTarget));
        else if (!IsHttpUrl(target))
            errors.Add(OptionError.InvalidValue(service, OptionNames.StatusNotificationTarget, target, "an absolute http or https URL"));
    }

    static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
