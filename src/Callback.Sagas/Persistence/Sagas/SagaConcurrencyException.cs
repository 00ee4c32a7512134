using MassTransit;

namespace Callback.Sagas.Persistence.Sagas;

/// <summary>
/// Another message saved the same saga instance first: its version moved on since this one was loaded, or it was
/// inserted while this one was being created. Nothing was written; the message's retry re-runs it on the fresh state.
/// </summary>
public class SagaConcurrencyException :
    ConcurrencyException
{
    public SagaConcurrencyException()
    {
    }

    public SagaConcurrencyException(string message)
        : base(message, typeof(object), Guid.Empty)
    {
    }

    public SagaConcurrencyException(string message, Exception innerException)
        : base(message, typeof(object), Guid.Empty, innerException)
    {
    }

    public SagaConcurrencyException(string message, Type sagaType, Guid correlationId, Exception innerException)
        : base(message, sagaType, correlationId, innerException)
    {
    }
}
