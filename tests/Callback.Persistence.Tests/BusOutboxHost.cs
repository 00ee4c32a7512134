using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Outbox;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Persistence.Tests;

/// <summary>
/// A process of the web tier as the bus outbox sees it: a <see cref="TestDatabase"/>, the bus outbox and an in-memory
/// bus of its own on MassTransit's test harness, whose <see cref="BookingConfirmedConsumer"/> shows what was delivered.
/// Without delivery it plays a process that stopped right after its commits: nothing of its own sends what it stored.
/// </summary>
public sealed class BusOutboxHost :
    IAsyncDisposable
{
    readonly ServiceProvider _provider;

    BusOutboxHost(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Bookings = provider.GetRequiredService<SlotBookings>();
    }

    public ITestHarness Harness { get; }
    public SlotBookings Bookings { get; }

    public static async Task<BusOutboxHost> Start(TestDatabase database, bool deliver = true, TimeSpan? sweepInterval = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(database.Configuration())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [OutboxSettings.SweepIntervalKey] = (sweepInterval ?? TimeSpan.FromMinutes(10)).ToString(),
            })
            .Build();

        var services = new ServiceCollection()
            .AddLogging()
            .AddCallbackDatabase(configuration)
            .AddCallbackBusOutbox(configuration);
        if (!deliver)
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(BusOutboxDeliveryService)));

        services.AddMassTransitTestHarness(x => x.AddConsumer<BookingConfirmedConsumer>());

        var host = new BusOutboxHost(services.BuildServiceProvider(true));
        await host.Harness.Start();
        return host;
    }

    /// <summary>Runs <paramref name="work"/> in a unit of work of a request scope of its own, as an endpoint would.</summary>
    public async Task<T> InUnitOfWork<T>(Func<CallbackUnitOfWork, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<CallbackUnitOfWork>();
        await unitOfWork.BeginAsync();
        return await work(unitOfWork);
    }

    /// <summary>The confirmations delivered to this process's bus so far.</summary>
    public IReadOnlyList<BookingConfirmed> Confirmed() =>
        [.. Harness.Consumed.Select<BookingConfirmed>(new CancellationToken(true)).Select(m => m.Context.Message!)];

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
