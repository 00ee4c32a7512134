using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>Where a scheduled message lives in Quartz: one durable job for all of them, one trigger per scheduling token.</summary>
public static class ScheduledMessageKeys
{
    public static readonly JobKey Job = new("scheduled-message");

    /// <summary>
    /// The trigger of the message scheduled under <paramref name="tokenId"/>. Keyed by the token alone, so that scheduling
    /// the same token again replaces its trigger and a cancel finds it without knowing anything else.
    /// </summary>
    public static TriggerKey Trigger(Guid tokenId) => new(tokenId.ToString("N"));
}
