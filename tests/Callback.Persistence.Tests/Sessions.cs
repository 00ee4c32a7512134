using System.Text.Json;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Persistence.Tests;

/// <summary>Session instances for the repository specs, and how to compare two of them field by field.</summary>
public static class Sessions
{
    static readonly DateTimeOffset At = new(2014, 7, 30, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A session with every property set to something other than its default.</summary>
    public static CallbackSession Full(Guid? id = null) => new()
    {
        CorrelationId = id ?? Guid.NewGuid(),
        CurrentState = "Dialing",
        Version = 0,
        ServiceName = "user-scheduled",
        CustomerNumber = Given.CustomerNumber,
        DesiredTime = At.AddHours(3),
        CreatedAt = At,
        ExpirationTime = At.AddHours(3).AddDays(1),
        CompletedAt = At.AddHours(4),
        Reason = "AGENT_CONNECTED",
        Options = Given.Options(waitForAgent: false, confirm: true) with
        {
            UserConfirmTimeout = TimeSpan.FromSeconds(45.5),
            OnUserConfirmTimeout = "FAIL",
            MaxDialAttempts = 7,
            DialRetryTimeout = TimeSpan.FromMinutes(2),
            Ttl = TimeSpan.FromDays(2),
            Dialogs = new DialogTexts { AgentAvailable = "Un agent est disponible — appuyez sur « Ok »", CallShortly = "Bientôt", OkTitle = "D'accord" },
        },
        UserData = new Dictionary<string, string> { ["first_name"] = "Zoë", ["order"] = "A-17", ["empty"] = "", ["quote"] = "\"x\": {1}" },
        DeviceOs = "httpcb",
        DeviceNotificationId = "https://device.example/notify?id=7&x=é",
        LastKnownEwt = TimeSpan.FromSeconds(93.25),
        EwtMeasuredAt = At.AddMinutes(-1),
        UserConfirmAttempts = 2,
        DialAttempts = 3,
        CallId = Guid.NewGuid(),
        ReservationAttempts = 1,
        AgentId = "agent-7001",
        ExecutionCheckToken = Guid.NewGuid(),
        RedialToken = Guid.NewGuid(),
        UserConfirmTimeoutToken = Guid.NewGuid(),
        CallAnswerTimeoutToken = Guid.NewGuid(),
        AgentReservationTimeoutToken = Guid.NewGuid(),
        CallRoutingTimeoutToken = Guid.NewGuid(),
        ExpirationToken = Guid.NewGuid(),
        History =
        [
            new SessionHistoryEntry(At, "CallbackRequested", "Initial", "Scheduled"),
            new SessionHistoryEntry(At.ToOffset(TimeSpan.FromHours(2)).AddMinutes(1), "ExecutionCheckDue", "Scheduled", "Dialing", "attempt 1 of 7"),
        ],
    };

    /// <summary>A session as MassTransit creates it before its first transition: only the id.</summary>
    public static CallbackSession Blank(Guid id) => new() { CorrelationId = id };

    /// <summary>The properties of a session, by name, as JSON: equal texts mean equal values, offsets of times included.</summary>
    public static IReadOnlyDictionary<string, string> Fields(CallbackSession session) =>
        typeof(CallbackSession).GetProperties().ToDictionary(p => p.Name, p => JsonSerializer.Serialize(p.GetValue(session)));

    /// <summary>The names of properties still at their type's default: a new property the builder does not set yet.</summary>
    public static IEnumerable<string> Unset(CallbackSession session) =>
        typeof(CallbackSession).GetProperties()
            .Where(p => p.Name != nameof(CallbackSession.Version))
            .Where(p => p.GetValue(session) is null
                || (p.PropertyType.IsValueType && Equals(p.GetValue(session), Activator.CreateInstance(p.PropertyType))))
            .Select(p => p.Name);
}
