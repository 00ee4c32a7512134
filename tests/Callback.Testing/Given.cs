using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;

namespace Callback.Testing;

/// <summary>Builders that default everything a test does not care about; change the rest with <c>with { ... }</c>.</summary>
public static class Given
{
    public const string Target = "Billing@Stat_Server.GA";
    public const string CustomerNumber = "+15105551234";

    public static SessionOptions Options(bool waitForAgent = true, bool confirm = false) => new()
    {
        Target = Target,
        WaitForAgent = waitForAgent,
        WaitForUserConfirm = confirm,
        RoutePoint = "8999@SIP_Server",
    };

    public static CallbackRequested Callback(SessionOptions? options = null, DateTimeOffset? desiredTime = null, DateTimeOffset? at = null) => new()
    {
        SessionId = Guid.NewGuid(),
        ServiceName = "user-scheduled",
        CustomerNumber = CustomerNumber,
        DesiredTime = desiredTime,
        RequestedAt = at ?? SessionTestHost.Start,
        Options = options ?? Options(),
        UserData = new Dictionary<string, string> { ["first_name"] = "John", ["last_name"] = "Doe" },
        DeviceOs = "comet",
    };

    public static CallAnswered Answered(DialCustomer dial, CallProgressResult result, DateTimeOffset at) => new()
    {
        SessionId = dial.SessionId, CallId = dial.CallId, Result = result, At = at,
    };

    public static CallFailed Failed(DialCustomer dial, CallFailureReason reason, DateTimeOffset at) => new()
    {
        SessionId = dial.SessionId, CallId = dial.CallId, Reason = reason, At = at,
    };

    public static TargetReserved Reserved(ReserveTarget reserve, DateTimeOffset at, string agentId = "agent-7001") => new()
    {
        SessionId = reserve.SessionId, Attempt = reserve.Attempt, AgentId = agentId, Destination = "7001@SIP_Server", At = at,
    };

    public static AgentAvailable AgentAvailableFor(Guid sessionId, DateTimeOffset at) => new()
    {
        SessionId = sessionId, Target = Target, At = at,
    };

    public static EwtReported Ewt(Guid sessionId, TimeSpan ewt, DateTimeOffset measuredAt) => new()
    {
        SessionId = sessionId, Target = Target, EwtSeconds = ewt.TotalSeconds, MeasuredAt = measuredAt,
    };
}
