namespace Callback.Sagas.Contracts.Requests;

/// <summary>
/// The customer moved a scheduled callback (PUT with <c>_new_desired_time</c>); the web tier has booked the new slot.
/// </summary>
public record RescheduleRequested : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required DateTimeOffset DesiredTime { get; init; }

    /// <summary>User-data changes: a key with an empty value is removed from the session.</summary>
    public IReadOnlyDictionary<string, string> UserData { get; init; } = new Dictionary<string, string>();

    public required DateTimeOffset RequestedAt { get; init; }
}
