namespace Callback.Sagas.Options;

/// <summary>
/// The GMS names of the service options this service models, as operators write them in configuration and clients
/// send them in requests. The leading underscore is part of the name: GMS tells options from user data by it.
/// </summary>
public static class OptionNames
{
    public const string WaitForAgent = "_wait_for_agent";
    public const string WaitForUserConfirm = "_wait_for_user_confirm";
    public const string UserConfirmTimeout = "_user_confirm_timeout";
    public const string OnUserConfirmTimeout = "_on_user_confirm_timeout";
    public const string MaxUserConfirmAttempts = "_max_number_of_user_availability_confirmation_attempts";
    public const string Target = "_target";
    public const string RoutePoint = "_route_point";
    public const string CpdEnable = "_cpd_enable";
    public const string MaxDialAttempts = "_max_dial_attempts";
    public const string DialRetryTimeout = "_dial_retry_timeout";
    public const string RequestExecutionTimeBuffer = "_request_execution_time_buffer";
    public const string DesiredConnectTimeThreshold = "_desired_connect_time_threshold";
    public const string MinEwtPollingInterval = "_min_urs_ewt_pos_polling_interval";
    public const string MaxEwtPollingInterval = "_max_urs_ewt_pos_polling_interval";
    public const string Ttl = "_ttl";
    public const string AgentReserveTimeout = "_agent_reserve_timeout";
    public const string MaxTimeToWaitForAgentOnTheCall = "_max_time_to_wait_for_agent_on_the_call";
    public const string MaxTransferToAgentAttempts = "_max_transfer_to_agent_attempts";
    public const string AdapterResponseTimeout = "_adapter_response_timeout";
    public const string RequestTimeBucket = "_request_time_bucket";
    public const string MaxRequestByTimeBucket = "_max_request_by_time_bucket";
    public const string RejectFutureDesiredTime = "_reject_future_desired_time";
    public const string BusinessHoursService = "_business_hours_service";
    public const string OverwritableOptions = "_overwritable_options";
    public const string CallDirection = "_call_direction";
    public const string MediaType = "_media_type";
    public const string DefaultCountry = "_default_country";
    public const string DisallowImpossiblePhoneNumbers = "_disallow_impossible_phone_numbers";
    public const string DisallowPremiumPhoneNumbers = "_disallow_premium_phone_numbers";
    public const string EnableInQueueChecking = "_enable_in_queue_checking";
    public const string MandatoryCustomerLookupKeys = "_mandatory_customer_lookup_keys";
    public const string AgentAvailableText = "_agent_available_text";
    public const string CallShortlyText = "_call_shortly_text";
    public const string OkTitle = "_ok_title";
    public const string MaxNotifyDeliveryAttempts = "_max_notify_delivery_attempts";
    public const string EnableStatusNotification = "_enable_status_notification";
    public const string StatusNotificationType = "_status_notification_type";
    public const string StatusNotificationTarget = "_status_notification_target";
    public const string CallbackEventsList = "_callback_events_list";
}
