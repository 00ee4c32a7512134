using Callback.Sagas.Options;
using static Callback.Sagas.Tests.Options.ServiceRequests;

namespace Callback.Sagas.Tests.Options;

public class When_a_request_sets_an_option_listed_as_overwritable
{
    [Fact]
    public void The_request_value_replaces_the_configured_one()
    {
        var merged = MergeValid(UserScheduled(OptionNames.MaxDialAttempts, OptionNames.Target),
            (OptionNames.MaxDialAttempts, "5"), (OptionNames.Target, "Sales@Stat_Server.GA"));

        Assert.Equal(5, merged.Options.MaxDialAttempts);
        Assert.Equal("Sales@Stat_Server.GA", merged.Options.Target);
    }

    [Fact]
    public void The_listing_and_the_request_key_are_matched_without_case()
    {
        var merged = MergeValid(UserScheduled("_MAX_DIAL_ATTEMPTS"), ("_Max_Dial_Attempts", "5"));

        Assert.Equal(5, merged.Options.MaxDialAttempts);
    }

    [Fact]
    public void A_value_that_does_not_read_is_refused_like_a_configured_one()
    {
        var error = MergeFailsOnce(UserScheduled(OptionNames.MaxDialAttempts), (OptionNames.MaxDialAttempts, "abc"));

        Assert.Equal(OptionErrorKind.InvalidValue, error.Kind);
        Assert.Equal("Service option user-scheduled / _max_dial_attempts has an invalid value 'abc' in the request: expected a whole number", error.Message);
    }

    [Fact]
    public void A_value_out_of_range_is_refused_like_a_configured_one()
    {
        var error = MergeFailsOnce(UserScheduled(OptionNames.MaxDialAttempts), (OptionNames.MaxDialAttempts, "0"));

        Assert.Equal((OptionErrorKind.InvalidValue, OptionNames.MaxDialAttempts), (error.Kind, error.Option));
    }

    [Fact]
    public void An_empty_value_keeps_the_configured_one()
    {
        var merged = MergeValid(UserScheduled(OptionNames.MaxDialAttempts), (OptionNames.MaxDialAttempts, ""));

        Assert.Equal(3, merged.Options.MaxDialAttempts);
    }

    [Fact]
    public void A_target_the_configuration_leaves_out_can_come_from_the_request()
    {
        var service = new CallbackConfiguration()
            .ServiceWithoutTarget("user-scheduled", (OptionNames.OverwritableOptions, OptionNames.Target))
            .ReadValid("user-scheduled");

        var merged = MergeValid(service, (OptionNames.Target, "Sales@Stat_Server.GA"));

        Assert.Equal("Sales@Stat_Server.GA", merged.Options.Target);
    }
}

public class When_a_request_sets_an_option_that_is_not_overwritable
{
    [Fact]
    public void It_is_refused_with_the_GMS_text()
    {
        var error = MergeFailsOnce(UserScheduled(OptionNames.Target), (OptionNames.MaxDialAttempts, "5"));

        Assert.Equal(OptionErrorKind.NotOverwritable, error.Kind);
        Assert.Equal((OptionNames.MaxDialAttempts, "user-scheduled"), (error.Option, error.Service));
        Assert.Equal("Option _max_dial_attempts is not overwritable for service user-scheduled. Check option _overwritable_options", error.Message);
    }

    [Fact]
    public void It_is_refused_even_when_it_repeats_the_configured_value()
    {
        var error = MergeFailsOnce(UserScheduled(), (OptionNames.MaxDialAttempts, "3"));

        Assert.Equal(OptionErrorKind.NotOverwritable, error.Kind);
    }

    [Fact]
    public void Every_refused_option_is_reported()
    {
        var result = ServiceRequestMerger.Merge(UserScheduled(),
            Request((OptionNames.MaxDialAttempts, "5"), (OptionNames.Target, "Sales@Stat_Server.GA"), (OptionNames.Ttl, "60")));

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal(OptionErrorKind.NotOverwritable, error.Kind));
    }
}
