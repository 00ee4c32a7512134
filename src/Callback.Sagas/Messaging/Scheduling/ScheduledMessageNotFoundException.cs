namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>A cancel found no message under its token (yet): thrown so that the endpoint's retry tries the cancel again.</summary>
public sealed class ScheduledMessageNotFoundException(Guid tokenId) :
    Exception($"No message is scheduled under token {tokenId} (yet).")
{
    public Guid TokenId { get; } = tokenId;
}
