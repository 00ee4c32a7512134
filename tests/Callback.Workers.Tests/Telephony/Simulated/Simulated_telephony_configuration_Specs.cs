using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Testing;
using Callback.Workers.Telephony.Simulated;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Simulated_telephony_configuration_Specs
{
    [Fact]
    public void Every_key_of_the_Telephony_Simulated_section_is_read()
    {
        var options = OptionsFrom(new Dictionary<string, string?>
        {
            ["Telephony:Simulated:Seed"] = "7",
            ["Telephony:Simulated:EwtSeconds"] = "50",
            ["Telephony:Simulated:AgentAvailableAfterSeconds"] = "25",
            ["Telephony:Simulated:Targets:Billing@Stat_Server.GA:EwtSeconds"] = "90",
            ["Telephony:Simulated:Targets:Billing@Stat_Server.GA:AgentAvailableAfterSeconds"] = "12",
            ["Telephony:Simulated:Targets:Billing@Stat_Server.GA:ReservationSeconds"] = "3",
            ["Telephony:Simulated:Targets:Billing@Stat_Server.GA:ReservationSuccessProbability"] = "0.25",
            ["Telephony:Simulated:RingSeconds"] = "7",
            ["Telephony:Simulated:NoAnswerSeconds"] = "25",
            ["Telephony:Simulated:FailureSeconds"] = "0.5",
            ["Telephony:Simulated:AnswerProbability"] = "0.7",
            ["Telephony:Simulated:Answers:Human"] = "0.6",
            ["Telephony:Simulated:Answers:AnsweringMachine"] = "0.3",
            ["Telephony:Simulated:Answers:Fax"] = "0.1",
            ["Telephony:Simulated:Failures:Busy"] = "0.5",
            ["Telephony:Simulated:Failures:NoAnswer"] = "0.3",
            ["Telephony:Simulated:Failures:Rejected"] = "0.15",
            ["Telephony:Simulated:Failures:NetworkError"] = "0.05",
            ["Telephony:Simulated:ReservationSeconds"] = "1.5",
            ["Telephony:Simulated:ReservationSuccessProbability"] = "0.9",
            ["Telephony:Simulated:RoutingSeconds"] = "2.5",
            ["Telephony:Simulated:RoutingSuccessProbability"] = "0.8",
            ["Telephony:Simulated:Numbers:+15105551234"] = "busy,human",
        });

        Assert.Equal(7, options.Seed);
        Assert.Equal(50, options.EwtSeconds);
        Assert.Equal(25, options.AgentAvailableAfterSeconds);
        Assert.Equal(90, options.Targets[Given.Target].EwtSeconds);
        Assert.Equal(12, options.Targets["billing@stat_server.ga"].AgentAvailableAfterSeconds);
        Assert.Equal((3, 0.25), (options.Targets[Given.Target].ReservationSeconds, options.Targets[Given.Target].ReservationSuccessProbability));
        Assert.Equal((7, 25, 0.5), (options.RingSeconds, options.NoAnswerSeconds, options.FailureSeconds));
        Assert.Equal(0.7, options.AnswerProbability);
        Assert.Equal((0.6, 0.3, 0.1), (options.Answers.Human, options.Answers.AnsweringMachine, options.Answers.Fax));
        Assert.Equal((0.5, 0.3, 0.15, 0.05), (options.Failures.Busy, options.Failures.NoAnswer, options.Failures.Rejected, options.Failures.NetworkError));
        Assert.Equal((1.5, 0.9), (options.ReservationSeconds, options.ReservationSuccessProbability));
        Assert.Equal((2.5, 0.8), (options.RoutingSeconds, options.RoutingSuccessProbability));
        Assert.Equal("busy,human", options.Numbers["+15105551234"]);
    }

    [Fact]
    public void Keys_left_out_keep_their_demo_defaults()
    {
        var options = OptionsFrom(new Dictionary<string, string?> { ["Telephony:Simulated:Answers:Human"] = "1" });

        Assert.Null(options.Seed);
        Assert.Equal(1, options.Answers.Human);
        Assert.Equal(0.1, options.Answers.AnsweringMachine);
        Assert.Equal(0.8, options.AnswerProbability);
        Assert.Empty(options.Numbers);
    }

    [Fact]
    public void The_demo_defaults_are_a_valid_simulation()
    {
        Assert.True(new SimulatedTelephonyOptionsValidator().Validate(null, new SimulatedTelephonyOptions()).Succeeded);
    }

    [Fact]
    public void A_script_with_an_unknown_outcome_is_refused_naming_its_key()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => OptionsFrom(new Dictionary<string, string?>
        {
            ["Telephony:Simulated:Numbers:+15105551234"] = "busy,voicemail",
        }));

        var error = Assert.Single(refused.Failures);
        Assert.StartsWith("Telephony:Simulated:Numbers:+15105551234 'voicemail' is not a call outcome", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_probabilities_delays_and_weights_are_all_refused_at_once()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => OptionsFrom(new Dictionary<string, string?>
        {
            ["Telephony:Simulated:AnswerProbability"] = "1.5",
            ["Telephony:Simulated:RingSeconds"] = "-1",
            ["Telephony:Simulated:Targets:Billing@Stat_Server.GA:EwtSeconds"] = "-5",
            ["Telephony:Simulated:Targets:Billing@Stat_Server.GA:ReservationSuccessProbability"] = "2",
            ["Telephony:Simulated:Failures:Busy"] = "0",
            ["Telephony:Simulated:Failures:NoAnswer"] = "0",
            ["Telephony:Simulated:Failures:Rejected"] = "0",
            ["Telephony:Simulated:Failures:NetworkError"] = "0",
            ["Telephony:Simulated:Numbers:+15105551234"] = " , ",
        }));

        Assert.Equal(
        [
            "Telephony:Simulated:RingSeconds must be a number of seconds, 0 or more (it is -1).",
            "Telephony:Simulated:Targets:Billing@Stat_Server.GA:EwtSeconds must be a number of seconds, 0 or more (it is -5).",
            "Telephony:Simulated:Targets:Billing@Stat_Server.GA:ReservationSuccessProbability must be between 0 and 1 (it is 2).",
            "Telephony:Simulated:AnswerProbability must be between 0 and 1 (it is 1.5).",
            "Telephony:Simulated:Failures needs at least one weight above 0.",
            "Telephony:Simulated:Numbers:+15105551234 lists no call outcome.",
        ], refused.Failures);
    }

    [Fact]
    public async Task The_adapters_take_their_commands_from_the_simulated_urs_and_simulated_sip_server_queues()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings());
        var session = Guid.NewGuid();

        await host.Publish(new EstimateWaitTime { SessionId = session, Target = Given.Target });
        await host.Publish(new ReleaseCall { SessionId = session, CallId = Guid.NewGuid(), Reason = "CANCELLED" });

        Assert.Equal("simulated-urs", QueueThatTook<EstimateWaitTime>(host, m => m.SessionId == session));
        Assert.Equal("simulated-sip-server", QueueThatTook<ReleaseCall>(host, m => m.SessionId == session));
    }

    static SimulatedTelephonyOptions OptionsFrom(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddMassTransit(x => x.AddSimulatedTelephony(configuration));

        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SimulatedTelephonyOptions>>().Value;
    }

    static string QueueThatTook<T>(AdapterTestHost host, Func<T, bool> match)
        where T : class
    {
        var taken = host.Harness.Consumed.Select<T>(m => match(m.Context.Message), new CancellationToken(true)).First();
        return taken.Context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
    }
}
