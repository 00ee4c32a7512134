using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The callback service deployed for one test: a RabbitMQ virtual host and a PostgreSQL database of its own, the worker
/// processes the test starts, stops and kills, a bus that publishes what the web tier would, and reads of what the workers
/// stored. Disposing kills every worker still running and removes the broker users, the virtual host and the database,
/// whether the test passed or not.
/// </summary>
public sealed class TestDeployment :
    IAsyncDisposable
{
    readonly ITestOutputHelper _output;
    readonly List<WorkerProcess> _workers = [];
    readonly List<RabbitMqUser> _users = [];

    TestDeployment(ITestOutputHelper output, RabbitMqVirtualHost broker, PostgresDatabase database, TestBus bus)
    {
        _output = output;
        Broker = broker;
        Database = database;
        Bus = bus;
        Sessions = new StoredSessions(database, DescribeWorkers);
        Triggers = new StoredTriggers(database);
        Outbox = new StoredOutbox(database);
    }

    public RabbitMqVirtualHost Broker { get; }
    public PostgresDatabase Database { get; }
    public TestBus Bus { get; }
    public StoredSessions Sessions { get; }
    public StoredTriggers Triggers { get; }
    public StoredOutbox Outbox { get; }

    public static async Task<TestDeployment> CreateAsync(ITestOutputHelper output)
    {
        var broker = await RabbitMqVirtualHost.CreateAsync();
        PostgresDatabase? database = null;
        try
        {
            database = await PostgresDatabase.CreateAsync();
            var bus = await TestBus.StartAsync(broker.Address);
            return new TestDeployment(output, broker, database, bus);
        }
        catch
        {
            // Half a deployment is still removed: the test that failed to start leaves nothing behind.
            if (database is not null)
                await database.DisposeAsync();
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts a worker process named <paramref name="name"/> in the test output, configured by <see cref="WorkerConfiguration"/>
    /// plus <paramref name="settings"/>, connected as <paramref name="user"/> if given (else as the administrator), and
    /// returns once it is ready.
    /// </summary>
    public async Task<WorkerProcess> StartWorkerAsync(string name, IReadOnlyDictionary<string, string>? settings = null, RabbitMqUser? user = null)
    {
        var configuration = WorkerConfiguration.For(user?.Address ?? Broker.Address, Database.ConnectionString, settings);
        var worker = await WorkerProcess.StartAsync(name, configuration, _output);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>
    /// Starts the simulated URS and SIP Server as a process of their own (<c>Workers:Role = Simulator</c>, configured by
    /// <see cref="WorkerConfiguration.Simulator"/> plus <paramref name="settings"/>) and returns once it is ready.
    /// </summary>
    public async Task<WorkerProcess> StartSimulatorAsync(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var simulator = await WorkerProcess.StartAsync(name, WorkerConfiguration.Simulator(Broker.Address, settings), _output);
        _workers.Add(simulator);
        return simulator;
    }

    /// <summary>Starts the example Node adapter (<c>examples/node-adapter</c>) on this deployment's broker and returns once it consumes.</summary>
    public async Task<WorkerProcess> StartNodeAdapterAsync(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = NodeAdapterExecutable.StartInfo(Broker.Address, settings ?? new Dictionary<string, string>());
        var adapter = await WorkerProcess.StartAsync(name, start, NodeAdapterExecutable.ReadyLine, _output);
        _workers.Add(adapter);
        return adapter;
    }

    /// <summary>A broker user of its own for one worker (pass it to <see cref="StartWorkerAsync"/>), whose rights the test can change while the worker runs.</summary>
    public async Task<RabbitMqUser> CreateUserAsync(string name)
    {
        var user = await Broker.CreateUserAsync(name);
        _users.Add(user);
        return user;
    }

    public string DescribeWorkers() => _workers.Count == 0 ? "none started" : string.Join(", ", _workers);

    public async ValueTask DisposeAsync()
    {
        // Workers first: a worker left running would reconnect to a virtual host that is going away and log about it.
        foreach (var worker in _workers)
            await worker.DisposeAsync();

        await Bus.DisposeAsync();
        foreach (var user in _users)
            await user.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
