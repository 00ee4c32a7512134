using MassTransit;

namespace Callback.Sagas.Contracts;

/// <summary>
/// A message about one callback session: every request, command and event carries the session id, which is how
/// the saga correlates them. Not a topic of its own on the broker.
/// </summary>
[ExcludeFromTopology]
public interface ISessionMessage
{
    Guid SessionId { get; }
}
