using Callback.Sagas.Options;
using static Callback.Sagas.Tests.Options.ServiceRequests;

namespace Callback.Sagas.Tests.Options;

public class When_options_have_no_target
{
    [Fact]
    public void They_cannot_run_a_session()
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(UserScheduled() with { Target = null }));

        Assert.Equal((OptionErrorKind.Missing, OptionNames.Target), (error.Kind, error.Option));
        Assert.Equal("Service option user-scheduled / _target is not configured", error.Message);
    }

    [Fact]
    public void A_request_to_a_service_without_one_is_refused()
    {
        var service = new CallbackConfiguration().ServiceWithoutTarget("user-scheduled", (OptionNames.MaxDialAttempts, "3")).ReadValid("user-scheduled");

        var error = MergeFailsOnce(service, (RequestKeys.CustomerNumber, "5115"));

        Assert.Equal(OptionErrorKind.Missing, error.Kind);
    }
}

public class When_validating_the_request_time_bucket
{
    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(120)]
    public void The_GMS_bucket_widths_are_accepted(int minutes) =>
        Assert.Empty(ServiceOptionsValidator.Validate(UserScheduled() with { RequestTimeBucket = TimeSpan.FromMinutes(minutes) }));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(240)]
    public void Other_widths_are_refused(int minutes)
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(UserScheduled() with { RequestTimeBucket = TimeSpan.FromMinutes(minutes) }));

        Assert.Equal(
            $"Service option user-scheduled / _request_time_bucket has an invalid value '{minutes}': expected one of 5, 10, 15, 20, 30, 60, 120 (minutes)",
            error.Message);
    }
}

public class When_validating_counts_and_durations
{
    public static TheoryData<ServiceOptions, string> OutOfRange => new()
    {
        { UserScheduled() with { MaxDialAttempts = 0 }, OptionNames.MaxDialAttempts },
        { UserScheduled() with { MaxTransferToAgentAttempts = 0 }, OptionNames.MaxTransferToAgentAttempts },
        { UserScheduled() with { MaxUserConfirmAttempts = 0 }, OptionNames.MaxUserConfirmAttempts },
        { UserScheduled() with { MaxRequestsByTimeBucket = -1 }, OptionNames.MaxRequestByTimeBucket },
        { UserScheduled() with { UserConfirmTimeout = TimeSpan.Zero }, OptionNames.UserConfirmTimeout },
        { UserScheduled() with { AgentReserveTimeout = TimeSpan.Zero }, OptionNames.AgentReserveTimeout },
        { UserScheduled() with { MaxWaitForAgentOnCall = TimeSpan.Zero }, OptionNames.MaxTimeToWaitForAgentOnTheCall },
        { UserScheduled() with { AdapterResponseTimeout = TimeSpan.Zero }, OptionNames.AdapterResponseTimeout },
        { UserScheduled() with { Ttl = TimeSpan.Zero }, OptionNames.Ttl },
        { UserScheduled() with { MinEwtPollingInterval = TimeSpan.Zero }, OptionNames.MinEwtPollingInterval },
        { UserScheduled() with { DialRetryTimeout = TimeSpan.FromSeconds(-1) }, OptionNames.DialRetryTimeout },
        { UserScheduled() with { ExecutionTimeBuffer = TimeSpan.FromSeconds(-1) }, OptionNames.RequestExecutionTimeBuffer },
        { UserScheduled() with { DesiredConnectTimeThreshold = TimeSpan.FromSeconds(-1) }, OptionNames.DesiredConnectTimeThreshold },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_below_its_minimum_is_refused(ServiceOptions options, string option)
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(options));

        Assert.Equal((OptionErrorKind.InvalidValue, option), (error.Kind, error.Option));
    }

    [Fact]
    public void The_error_gives_the_value_and_the_minimum()
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(UserScheduled() with { UserConfirmTimeout = TimeSpan.Zero }));

        Assert.Equal("Service option user-scheduled / _user_confirm_timeout has an invalid value '0': expected at least 1 seconds", error.Message);
    }

    [Fact]
    public void Zero_is_accepted_where_it_means_something()
    {
        var options = UserScheduled() with
        {
            MaxRequestsByTimeBucket = 0,
            DialRetryTimeout = TimeSpan.Zero,
            ExecutionTimeBuffer = TimeSpan.Zero,
            DesiredConnectTimeThreshold = TimeSpan.Zero,
        };

        Assert.Empty(ServiceOptionsValidator.Validate(options));
    }
}

public class When_validating_options_that_depend_on_each_other
{
    [Fact]
    public void Confirming_with_the_user_requires_waiting_for_an_agent()
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(UserScheduled() with { WaitForAgent = false, WaitForUserConfirm = true }));

        Assert.Equal((OptionErrorKind.Conflict, OptionNames.WaitForUserConfirm), (error.Kind, error.Option));
        Assert.Equal("Service option user-scheduled / _wait_for_user_confirm is true, which requires _wait_for_agent=true", error.Message);
    }

    [Fact]
    public void An_immediate_service_neither_waits_nor_confirms()
    {
        Assert.Empty(ServiceOptionsValidator.Validate(UserScheduled() with { WaitForAgent = false, WaitForUserConfirm = false }));
    }

    [Fact]
    public void The_longest_polling_interval_may_not_be_shorter_than_the_shortest()
    {
        var options = UserScheduled() with { MinEwtPollingInterval = TimeSpan.FromSeconds(10), MaxEwtPollingInterval = TimeSpan.FromSeconds(5) };

        var error = Assert.Single(ServiceOptionsValidator.Validate(options));

        Assert.Equal((OptionErrorKind.Conflict, OptionNames.MaxEwtPollingInterval), (error.Kind, error.Option));
        Assert.Equal("Service option user-scheduled / _max_urs_ewt_pos_polling_interval (5) is less than _min_urs_ewt_pos_polling_interval (10)", error.Message);
    }

    [Fact]
    public void Equal_polling_intervals_poll_at_a_fixed_pace()
    {
        var options = UserScheduled() with { MinEwtPollingInterval = TimeSpan.FromSeconds(10), MaxEwtPollingInterval = TimeSpan.FromSeconds(10) };

        Assert.Empty(ServiceOptionsValidator.Validate(options));
    }

    [Fact]
    public void A_connect_threshold_below_the_execution_buffer_is_only_GMS_advice_and_accepted()
    {
        var options = UserScheduled() with { DesiredConnectTimeThreshold = TimeSpan.FromSeconds(60), ExecutionTimeBuffer = TimeSpan.FromSeconds(120) };

        Assert.Empty(ServiceOptionsValidator.Validate(options));
    }
}

public class When_options_have_several_problems
{
    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = UserScheduled() with
        {
            Target = null,
            RequestTimeBucket = TimeSpan.FromMinutes(7),
            MaxDialAttempts = 0,
            WaitForAgent = false,
        };

        Assert.Equal(
            [OptionErrorKind.Missing, OptionErrorKind.InvalidValue, OptionErrorKind.InvalidValue, OptionErrorKind.Conflict],
            ServiceOptionsValidator.Validate(options).Select(error => error.Kind));
    }

    [Fact]
    public void A_request_gets_its_own_errors_and_those_of_the_options_it_leads_to()
    {
        var result = ServiceRequestMerger.Merge(UserScheduled(OptionNames.WaitForAgent),
            Request((OptionNames.WaitForAgent, "false"), (OptionNames.Ttl, "60")));

        Assert.Equal(
            [(OptionErrorKind.NotOverwritable, OptionNames.Ttl), (OptionErrorKind.Conflict, OptionNames.WaitForUserConfirm)],
            result.Errors.Select(error => (error.Kind, error.Option)));
    }
}
