using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Workers;
using Callback.Workers.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Workers.Tests.Hosting;

/// <summary>The worker composition as the hosts use it: no test harness, the real bus and a simulator that answers at once.</summary>
public sealed class Embedded_workers_Specs :
    IDisposable
{
    /// <summary>Where this test's SQLite database lives; removed with the test.</summary>
    readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("callback-workers-");

    public void Dispose() => _data.Delete(recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_worker_host_in_simulated_mode_takes_a_session_all_the_way_to_an_agent(bool waitForAgent)
    {
        var completions = new CompletionListener();
        using var host = Build(Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true }), completions);
        await host.StartAsync();

        var request = Given.Callback(Given.Options(waitForAgent));
        await host.Services.GetRequiredService<IBus>().Publish(request);

        var completed = await completions.Of(request.SessionId).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);

        await host.StopAsync();
    }

    [Fact]
    public async Task A_worker_host_on_RabbitMQ_takes_a_session_all_the_way_to_an_agent()
    {
        await using var broker = await RabbitMqVirtualHost.CreateAsync();
        var completions = new CompletionListener();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Address.ToString(),
        });
        using var host = Build(builder, completions);
        await host.StartAsync();

        var request = Given.Callback(Given.Options(waitForAgent: true));
        await host.Services.GetRequiredService<IBus>().Publish(request);

        var completed = await completions.Of(request.SessionId).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);

        await host.StopAsync();
    }

    [Fact]
    public void An_unknown_telephony_mode_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telephony:Mode"] = "Pretend" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddCallbackBus(configuration, x => x.AddCallbackWorkers(configuration)).BuildServiceProvider());

        Assert.Contains("Telephony:Mode is 'Pretend'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transport_this_build_does_not_have_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bus:Transport"] = "Carrier-Pigeon" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCallbackBus(configuration, _ => { }));

        Assert.Contains("Bus:Transport is 'Carrier-Pigeon'", error.Message, StringComparison.Ordinal);
    }

    IHost Build(HostApplicationBuilder builder, CompletionListener completions)
    {
        builder.Configuration.AddInMemoryCollection(ReliableContactCenter.Settings().With(new Dictionary<string, string?>
        {
            ["Database:DataFolder"] = _data.FullName,
            ["Telephony:Mode"] = "Simulated",
        }));
        builder.Services.AddSingleton(completions);
        builder.Services.AddCallbackBus(builder.Configuration, x =>
        {
            x.AddCallbackWorkers(builder.Configuration);
            x.AddConsumer<CompletionListener.CompletedConsumer>();
        });
        return builder.Build();
    }

    /// <summary>Hears every <see cref="CallbackCompleted"/>, as a status-notification sender would.</summary>
    sealed class CompletionListener
    {
        readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<CallbackCompleted>> _sessions = new();

        public Task<CallbackCompleted> Of(Guid sessionId) => Source(sessionId).Task;

        TaskCompletionSource<CallbackCompleted> Source(Guid sessionId) =>
            _sessions.GetOrAdd(sessionId, _ => new TaskCompletionSource<CallbackCompleted>(TaskCreationOptions.RunContinuationsAsynchronously));

        public sealed class CompletedConsumer(CompletionListener listener) :
            IConsumer<CallbackCompleted>
        {
            public Task Consume(ConsumeContext<CallbackCompleted> context)
            {
                listener.Source(context.Message.SessionId).TrySetResult(context.Message);
                return Task.CompletedTask;
            }
        }
    }
}
