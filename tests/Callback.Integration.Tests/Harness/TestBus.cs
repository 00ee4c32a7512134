using MassTransit;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The test's own client on the deployment's virtual host, standing in for the web tier: it publishes the requests
/// (<c>CallbackRequested</c>, <c>CancelRequested</c>, ...) that the workers' queues are bound to, and consumes nothing.
/// </summary>
public sealed class TestBus :
    IAsyncDisposable
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    readonly IBusControl _bus;

    TestBus(IBusControl bus) => _bus = bus;

    public static async Task<TestBus> StartAsync(Uri broker)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        using var timeout = new CancellationTokenSource(StartTimeout);
        await bus.StartAsync(timeout.Token);
        return new TestBus(bus);
    }

    public Task Publish<T>(T message)
        where T : class =>
        _bus.Publish(message);

    /// <summary>Publishes all of <paramref name="messages"/> at once, not one after the other, so that they reach the workers together.</summary>
    public Task PublishAll<T>(IEnumerable<T> messages)
        where T : class =>
        Task.WhenAll(messages.Select(Publish));

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
