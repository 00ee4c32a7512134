using Callback.Sagas.Contracts.Requests;

namespace Callback.Sagas.Options;

/// <summary>From a service's options to the part of them a running session keeps.</summary>
public static class SessionOptionsMapping
{
    /// <summary>
    /// The options a session is created with. Meant for options that passed <see cref="ServiceOptionsValidator"/>
    /// (as <see cref="ServiceRequestMerger"/> returns them): a missing target here is a programming error, not bad input.
    /// </summary>
    public static SessionOptions ToSessionOptions(this ServiceOptions options) => new()
    {
        WaitForAgent = options.WaitForAgent,
        WaitForUserConfirm = options.WaitForUserConfirm,
        UserConfirmTimeout = options.UserConfirmTimeout,
        OnUserConfirmTimeout = options.OnUserConfirmTimeout,
        MaxUserConfirmAttempts = options.MaxUserConfirmAttempts,
        Target = options.Target ?? throw new InvalidOperationException(
            $"Service {options.ServiceName} has no {OptionNames.Target}; validate its options before starting a session."),
        RoutePoint = options.RoutePoint,
        CallProgressDetection = options.CallProgressDetection,
        MaxDialAttempts = options.MaxDialAttempts,
        DialRetryTimeout = options.DialRetryTimeout,
        ExecutionTimeBuffer = options.ExecutionTimeBuffer,
        MinEwtPollingInterval = options.MinEwtPollingInterval,
        MaxEwtPollingInterval = options.MaxEwtPollingInterval,
        Ttl = options.Ttl,
        AgentReserveTimeout = options.AgentReserveTimeout,
        MaxWaitForAgentOnCall = options.MaxWaitForAgentOnCall,
        MaxTransferToAgentAttempts = options.MaxTransferToAgentAttempts,
        AdapterResponseTimeout = options.AdapterResponseTimeout,
        MaxNotifyDeliveryAttempts = options.MaxNotifyDeliveryAttempts,
        StatusNotification = options.StatusNotificationEnabled
            ? new StatusNotificationOptions
            {
                Target = options.StatusNotificationTarget ?? throw new InvalidOperationException(
                    $"Service {options.ServiceName} has no {OptionNames.StatusNotificationTarget}; validate its options before starting a session."),
                Events = options.CallbackEventsList,
            }
            : null,
        Dialogs = new DialogTexts
        {
            AgentAvailable = options.AgentAvailableText,
            CallShortly = options.CallShortlyText,
            OkTitle = options.OkTitle,
        },
    };
}
