using System.Collections.Frozen;

namespace Callback.Sagas.Options;

/// <summary>
/// Every option <see cref="ServiceOptions"/> models, by GMS name. A name not here is not an error: GMS configurations
/// and requests carry many options this service does not use.
/// </summary>
internal static class KnownOptions
{
    /// <summary>In the order of <see cref="ServiceOptions"/>, so that errors about several options always come in one order.</summary>
    public static readonly IReadOnlyList<KnownOption> All =
    [
        Option(OptionNames.WaitForAgent, OptionFormats.Boolean, o => o.WaitForAgent, (o, v) => o with { WaitForAgent = v }),
        Option(OptionNames.WaitForUserConfirm, OptionFormats.Boolean, o => o.WaitForUserConfirm, (o, v) => o with { WaitForUserConfirm = v }),
        Option(OptionNames.UserConfirmTimeout, OptionFormats.Seconds, o => o.UserConfirmTimeout, (o, v) => o with { UserConfirmTimeout = v }),
        Option(OptionNames.OnUserConfirmTimeout, OptionFormats.Text, o => o.OnUserConfirmTimeout, (o, v) => o with { OnUserConfirmTimeout = v }),
        Option(OptionNames.MaxUserConfirmAttempts, OptionFormats.WholeNumber, o => o.MaxUserConfirmAttempts, (o, v) => o with { MaxUserConfirmAttempts = v }),
        Option(OptionNames.Target, OptionFormats.Text, o => o.Target, (o, v) => o with { Target = v }),
        Option(OptionNames.RoutePoint, OptionFormats.Text, o => o.RoutePoint, (o, v) => o with { RoutePoint = v }),
        Option(OptionNames.CpdEnable, OptionFormats.Boolean, o => o.CallProgressDetection, (o, v) => o with { CallProgressDetection = v }),
        Option(OptionNames.MaxDialAttempts, OptionFormats.WholeNumber, o => o.MaxDialAttempts, (o, v) => o with { MaxDialAttempts = v }),
        Option(OptionNames.DialRetryTimeout, OptionFormats.Seconds, o => o.DialRetryTimeout, (o, v) => o with { DialRetryTimeout = v }),
        Option(OptionNames.RequestExecutionTimeBuffer, OptionFormats.Seconds, o => o.ExecutionTimeBuffer, (o, v) => o with { ExecutionTimeBuffer = v }),
        Option(OptionNames.DesiredConnectTimeThreshold, OptionFormats.Seconds, o => o.DesiredConnectTimeThreshold, (o, v) => o with { DesiredConnectTimeThreshold = v }),
        Option(OptionNames.MinEwtPollingInterval, OptionFormats.Seconds, o => o.MinEwtPollingInterval, (o, v) => o with { MinEwtPollingInterval = v }),
        Option(OptionNames.MaxEwtPollingInterval, OptionFormats.Seconds, o => o.MaxEwtPollingInterval, (o, v) => o with { MaxEwtPollingInterval = v }),
        Option(OptionNames.Ttl, OptionFormats.Seconds, o => o.Ttl, (o, v) => o with { Ttl = v }),
        Option(OptionNames.AgentReserveTimeout, OptionFormats.Seconds, o => o.AgentReserveTimeout, (o, v) => o with { AgentReserveTimeout = v }),
        Option(OptionNames.MaxTimeToWaitForAgentOnTheCall, OptionFormats.Seconds, o => o.MaxWaitForAgentOnCall, (o, v) => o with { MaxWaitForAgentOnCall = v }),
        Option(OptionNames.MaxTransferToAgentAttempts, OptionFormats.WholeNumber, o => o.MaxTransferToAgentAttempts, (o, v) => o with { MaxTransferToAgentAttempts = v }),
        Option(OptionNames.AdapterResponseTimeout, OptionFormats.Seconds, o => o.AdapterResponseTimeout, (o, v) => o with { AdapterResponseTimeout = v }),
        Option(OptionNames.RequestTimeBucket, OptionFormats.Minutes, o => o.RequestTimeBucket, (o, v) => o with { RequestTimeBucket = v }),
        Option(OptionNames.MaxRequestByTimeBucket, OptionFormats.WholeNumber, o => o.MaxRequestsByTimeBucket, (o, v) => o with { MaxRequestsByTimeBucket = v }),
        Option(OptionNames.RejectFutureDesiredTime, OptionFormats.Period, o => o.RejectFutureDesiredTime, (o, v) => o with { RejectFutureDesiredTime = v }),
        Option(OptionNames.BusinessHoursService, OptionFormats.Text, o => o.BusinessHoursService, (o, v) => o with { BusinessHoursService = v }),
        Option(OptionNames.OverwritableOptions, OptionFormats.NameSet, o => o.OverwritableOptions, (o, v) => o with { OverwritableOptions = v }),
        Option(OptionNames.CallDirection, OptionFormats.Direction, o => o.CallDirection, (o, v) => o with { CallDirection = v }),
        Option(OptionNames.MediaType, OptionFormats.Keyword, o => o.MediaType, (o, v) => o with { MediaType = v }),
        Option(OptionNames.DefaultCountry, OptionFormats.Text, o => o.DefaultCountry, (o, v) => o with { DefaultCountry = v }),
        Option(OptionNames.DisallowImpossiblePhoneNumbers, OptionFormats.Boolean, o => o.DisallowImpossiblePhoneNumbers, (o, v) => o with { DisallowImpossiblePhoneNumbers = v }),
        Option(OptionNames.DisallowPremiumPhoneNumbers, OptionFormats.Boolean, o => o.DisallowPremiumPhoneNumbers, (o, v) => o with { DisallowPremiumPhoneNumbers = v }),
        Option(OptionNames.EnableInQueueChecking, OptionFormats.QueueChecking, o => o.InQueueChecking, (o, v) => o with { InQueueChecking = v }),
        Option(OptionNames.MandatoryCustomerLookupKeys, OptionFormats.NameList, o => o.MandatoryCustomerLookupKeys, (o, v) => o with { MandatoryCustomerLookupKeys = v }),
        Option(OptionNames.AgentAvailableText, OptionFormats.Text, o => o.AgentAvailableText, (o, v) => o with { AgentAvailableText = v }),
        Option(OptionNames.CallShortlyText, OptionFormats.Text, o => o.CallShortlyText, (o, v) => o with { CallShortlyText = v }),
        Option(OptionNames.OkTitle, OptionFormats.Text, o => o.OkTitle, (o, v) => o with { OkTitle = v }),
        Option(OptionNames.MaxNotifyDeliveryAttempts, OptionFormats.WholeNumber, o => o.MaxNotifyDeliveryAttempts, (o, v) => o with { MaxNotifyDeliveryAttempts = v }),
        Option(OptionNames.EnableStatusNotification, OptionFormats.StatusNotificationSwitch, o => o.StatusNotificationEnabled, (o, v) => o with { StatusNotificationEnabled = v }),
        Option(OptionNames.StatusNotificationType, OptionFormats.Keyword, o => o.StatusNotificationType, (o, v) => o with { StatusNotificationType = v }),
        Option(OptionNames.StatusNotificationTarget, OptionFormats.Text, o => o.StatusNotificationTarget, (o, v) => o with { StatusNotificationTarget = v }),
        Option(OptionNames.CallbackEventsList, OptionFormats.NameList, o => o.CallbackEventsList, (o, v) => o with { CallbackEventsList = v }),
    ];

    public static readonly FrozenDictionary<string, KnownOption> ByName =
        All.ToFrozenDictionary(option => option.Name, StringComparer.OrdinalIgnoreCase);

    static KnownOption<T> Option<T>(string name, OptionFormat<T> format, Func<ServiceOptions, T?> get, Func<ServiceOptions, T, ServiceOptions> set) =>
        new(name, format, get, set);
}
