using Callback.Workers.Telephony;
using Microsoft.Extensions.Configuration;

namespace Callback.Workers.Tests.Hosting;

public class Worker_role_Specs
{
    [Theory]
    [InlineData(null, "Sessions")]
    [InlineData("sessions", "Sessions")]
    [InlineData("simulator", "Simulator")]
    public void A_worker_runs_the_sessions_unless_told_to_be_the_simulator(string? role, string expected) =>
        Assert.Equal(expected, WorkerRole.Of(Configuration("RabbitMq", role)));

    [Fact]
    public void The_simulator_alone_on_the_in_memory_bus_is_refused_since_nothing_could_reach_it()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => WorkerRole.Of(Configuration("InMemory", "Simulator")));
        Assert.Contains("Bus:Transport", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_is_refused_naming_the_key() =>
        Assert.Contains("Workers:Role", Assert.Throws<InvalidOperationException>(() => WorkerRole.Of(Configuration("RabbitMq", "Saga"))).Message,
            StringComparison.Ordinal);

    static IConfiguration Configuration(string transport, string? role) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bus:Transport"] = transport, ["Workers:Role"] = role })
            .Build();
}
