namespace Callback.Web.Push.Comet;

/// <summary>
/// Forgets, every second of the <see cref="TimeProvider"/>'s time, the clients that went away without a
/// <c>/meta/disconnect</c> (a closed app, a lost network). A second is fine-grained enough against an expiry of tens of
/// seconds, and cheap: one pass over this instance's clients.
/// </summary>
public sealed class CometSweeper(CometSessions sessions, TimeProvider time) : IHostedService, IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = time.CreateTimer(_ => sessions.RemoveExpired(), null, Period, Period);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}
