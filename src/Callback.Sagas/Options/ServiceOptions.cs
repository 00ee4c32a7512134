using System.Collections.Frozen;
using Callback.Sagas.Contracts.Requests;

namespace Callback.Sagas.Options;

/// <summary>
/// The GMS options of one callback service that the user-terminated scenarios use, typed, each starting at its GMS
/// default. Configuration (<see cref="ServiceOptionsReader"/>) and a request's overridable keys
/// (<see cref="ServiceRequestMerger"/>) change them; <see cref="ServiceOptionsValidator"/> says whether the result can run.
/// </summary>
public sealed record ServiceOptions
{
    static readonly DialogTexts DefaultDialogs = new();

    /// <summary>The callback execution name, the <c>{service}</c> of the URLs; errors name it.</summary>
    public required string ServiceName { get; init; }

    /// <summary><c>_wait_for_agent</c>: wait for URS to announce an agent before dialing (Delayed). The docs say true, GMS's template false; the docs win.</summary>
    public bool WaitForAgent { get; init; } = true;

    /// <summary><c>_wait_for_user_confirm</c>: push a dialog and wait for the customer's connect request; needs <see cref="WaitForAgent"/>.</summary>
    public bool WaitForUserConfirm { get; init; }

    /// <summary><c>_user_confirm_timeout</c>, seconds.</summary>
    public TimeSpan UserConfirmTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>_on_user_confirm_timeout</c>: <c>CONNECT-ANYWAY</c> dials anyway; any other value ends the session with <c>FAIL_USER_NO_CONFIRM</c>.</summary>
    public string OnUserConfirmTimeout { get; init; } = "CONNECT-ANYWAY";

    /// <summary><c>_max_number_of_user_availability_confirmation_attempts</c>.</summary>
    public int MaxUserConfirmAttempts { get; init; } = 3;

    /// <summary><c>_target</c>: where URS looks for an agent, e.g. <c>Billing@Stat_Server.GA</c>. No default: a service cannot run without one.</summary>
    public string? Target { get; init; }

    /// <summary><c>_route_point</c>: where the outbound call is created from.</summary>
    public string? RoutePoint { get; init; }

    /// <summary><c>_cpd_enable</c>: ask SIP Server for call-progress detection.</summary>
    public bool CallProgressDetection { get; init; } = true;

    /// <summary><c>_max_dial_attempts</c>.</summary>
    public int MaxDialAttempts { get; init; } = 3;

    /// <summary><c>_dial_retry_timeout</c>, seconds.</summary>
    public TimeSpan DialRetryTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary><c>_request_execution_time_buffer</c>, seconds: a scheduled session starts being checked this long before its desired time.</summary>
    public TimeSpan ExecutionTimeBuffer { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary><c>_desired_connect_time_threshold</c>, seconds: how early before the desired time a connection may happen.</summary>
    public TimeSpan DesiredConnectTimeThreshold { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary><c>_min_urs_ewt_pos_polling_interval</c>, seconds.</summary>
    public TimeSpan MinEwtPollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary><c>_max_urs_ewt_pos_polling_interval</c>, seconds.</summary>
    public TimeSpan MaxEwtPollingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>_ttl</c>, seconds: how long a session may live after its desired (or creation) time.</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(86400);

    /// <summary><c>_agent_reserve_timeout</c>, seconds.</summary>
    public TimeSpan AgentReserveTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>_max_time_to_wait_for_agent_on_the_call</c>, seconds.</summary>
    public TimeSpan MaxWaitForAgentOnCall { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary><c>_max_transfer_to_agent_attempts</c>.</summary>
    public int MaxTransferToAgentAttempts { get; init; } = 5;

    /// <summary><c>_adapter_response_timeout</c> (our extension), seconds: how long the saga waits for a silent adapter.</summary>
    public TimeSpan AdapterResponseTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary><c>_request_time_bucket</c>, minutes in configuration: the width of a bookable slot.</summary>
    public TimeSpan RequestTimeBucket { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>_max_request_by_time_bucket</c>: bookings one slot takes.</summary>
    public int MaxRequestsByTimeBucket { get; init; } = 100;

    /// <summary><c>_reject_future_desired_time</c>: a desired time further ahead than this is refused.</summary>
    public CalendarPeriod RejectFutureDesiredTime { get; init; } = new(1, CalendarPeriodUnit.Month);

    /// <summary><c>_business_hours_service</c>: the office-hours service desired times are checked against; none by default.</summary>
    public string? BusinessHoursService { get; init; }

    /// <summary><c>_overwritable_options</c>: the option names a request may override, compared without case.</summary>
    public IReadOnlySet<string> OverwritableOptions { get; init; } = FrozenSet<string>.Empty;

    /// <summary><c>_call_direction</c>: GMS's default is user-originated; this service's own services set user-terminated.</summary>
    public CallDirection CallDirection { get; init; } = CallDirection.UserOriginated;

    /// <summary><c>_media_type</c>, lower case (<c>voice</c>, <c>chat</c>, ...).</summary>
    public string MediaType { get; init; } = "voice";

    /// <summary><c>_default_country</c>: the region customer numbers without a country code belong to.</summary>
    public string DefaultCountry { get; init; } = "US";

    /// <summary><c>_disallow_impossible_phone_numbers</c>.</summary>
    public bool DisallowImpossiblePhoneNumbers { get; init; } = true;

    /// <summary><c>_disallow_premium_phone_numbers</c>.</summary>
    public bool DisallowPremiumPhoneNumbers { get; init; } = true;

    /// <summary><c>_enable_in_queue_checking</c>.</summary>
    public InQueueChecking InQueueChecking { get; init; } = InQueueChecking.On;

    /// <summary><c>_mandatory_customer_lookup_keys</c>: request keys a start request must carry.</summary>
    public IReadOnlyList<string> MandatoryCustomerLookupKeys { get; init; } = [RequestKeys.CustomerNumber];

    /// <summary><c>_agent_available_text</c> (our extension).</summary>
    public string AgentAvailableText { get; init; } = DefaultDialogs.AgentAvailable;

    /// <summary><c>_call_shortly_text</c> (our extension).</summary>
    public string CallShortlyText { get; init; } = DefaultDialogs.CallShortly;

    /// <summary><c>_ok_title</c>.</summary>
    public string OkTitle { get; init; } = DefaultDialogs.OkTitle;

    /// <summary><c>_max_notify_delivery_attempts</c>: tries of an HTTP callback (push or status notification) before it is given up.</summary>
    public int MaxNotifyDeliveryAttempts { get; init; } = 3;

    /// <summary><c>_enable_status_notification</c>: <c>subscribe_notify</c> (GMS's value) or <c>true</c> sends status notifications.</summary>
    public bool StatusNotificationEnabled { get; init; }

    /// <summary><c>_status_notification_type</c>, lower case: only <c>httpcb</c> is supported.</summary>
    public string StatusNotificationType { get; init; } = "httpcb";

    /// <summary><c>_status_notification_target</c>: the URL status notifications are POSTed to.</summary>
    public string? StatusNotificationTarget { get; init; }

    /// <summary><c>_callback_events_list</c>: the event names to notify; empty notifies every event.</summary>
    public IReadOnlyList<string> CallbackEventsList { get; init; } = [];
}
