namespace Callback.Sagas.Contracts.Requests;

/// <summary>
/// Where and about what a session sends status notifications: GMS's <c>_enable_status_notification</c> with
/// <c>_status_notification_type = httpcb</c>. A session without them has none.
/// </summary>
public record StatusNotificationOptions
{
    /// <summary><c>_status_notification_target</c>: the URL notifications are POSTed to.</summary>
    public required string Target { get; init; }

    /// <summary><c>_callback_events_list</c>: the event names to send (<c>_cbe_on_dial_init</c>, ...); empty sends every event.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];
}
