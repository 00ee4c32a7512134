using System.Threading.Channels;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// The process-local wake-up from <see cref="CallbackUnitOfWork.CommitAsync"/> to <see cref="BusOutboxDeliveryService"/>:
/// committed messages go out at once instead of at the next sweep. Wake-ups that arrive while the service is busy
/// collapse into one, since each pass takes everything that is waiting.
/// </summary>
public sealed class BusOutboxSignal
{
    readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when woken, or after <paramref name="timeout"/> (the sweep), whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var sweep = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(sweep.Token, cancellationToken);
        try
        {
            await _wakeUps.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The sweep is due.
        }
    }
}
