using Callback.Sagas.Options;

namespace Callback.Sagas.Tests.Options;

public class When_a_configured_option_reads_as_its_type
{
    static ServiceOptions Read(string option, string value) =>
        new CallbackConfiguration().Service("user-scheduled", (option, value)).ReadValid("user-scheduled");

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    [InlineData(" false ", false)]
    public void Booleans_are_true_or_false_in_any_case(string value, bool expected) =>
        Assert.Equal(expected, Read(OptionNames.CpdEnable, value).CallProgressDetection);

    [Fact]
    public void Durations_are_whole_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(45), Read(OptionNames.DialRetryTimeout, "45").DialRetryTimeout);

    [Fact]
    public void The_request_time_bucket_is_whole_minutes() =>
        Assert.Equal(TimeSpan.FromMinutes(15), Read(OptionNames.RequestTimeBucket, "15").RequestTimeBucket);

    [Theory]
    [InlineData("USERTERMINATED", CallDirection.UserTerminated)]
    [InlineData("userOriginated", CallDirection.UserOriginated)]
    public void The_call_direction_is_read_in_any_case(string value, CallDirection expected) =>
        Assert.Equal(expected, Read(OptionNames.CallDirection, value).CallDirection);

    [Theory]
    [InlineData("true", InQueueChecking.On)]
    [InlineData("false", InQueueChecking.Off)]
    [InlineData("Strict", InQueueChecking.Strict)]
    public void In_queue_checking_is_true_false_or_strict(string value, InQueueChecking expected) =>
        Assert.Equal(expected, Read(OptionNames.EnableInQueueChecking, value).InQueueChecking);

    [Fact]
    public void The_media_type_is_kept_in_lower_case() =>
        Assert.Equal("chat", Read(OptionNames.MediaType, "Chat").MediaType);

    [Fact]
    public void Lists_are_comma_separated()
    {
        var options = Read(OptionNames.MandatoryCustomerLookupKeys, "_customer_number, contract_id,");

        Assert.Equal(["_customer_number", "contract_id"], options.MandatoryCustomerLookupKeys);
    }

    [Fact]
    public void Overwritable_options_are_matched_without_case()
    {
        var options = Read(OptionNames.OverwritableOptions, "_TARGET, _ors");

        Assert.Contains(OptionNames.Target, options.OverwritableOptions);
        Assert.Contains("_ORS", options.OverwritableOptions);
    }

    [Fact]
    public void Texts_are_taken_trimmed() =>
        Assert.Equal("Sales@Stat_Server.GA", Read(OptionNames.Target, "  Sales@Stat_Server.GA ").Target);
}

public class When_a_configured_option_does_not_read_as_its_type
{
    [Theory]
    [InlineData(OptionNames.WaitForAgent, "yes", "true or false")]
    [InlineData(OptionNames.CpdEnable, "1", "true or false")]
    [InlineData(OptionNames.MaxDialAttempts, "abc", "a whole number")]
    [InlineData(OptionNames.MaxRequestByTimeBucket, "2.5", "a whole number")]
    [InlineData(OptionNames.UserConfirmTimeout, "30s", "a whole number of seconds")]
    [InlineData(OptionNames.Ttl, "99999999999", "a whole number of seconds")]
    [InlineData(OptionNames.RequestTimeBucket, "5m", "a whole number of minutes")]
    [InlineData(OptionNames.RejectFutureDesiredTime, "1 month", "a positive whole number followed by y, M, w, d, h or m, e.g. 1M")]
    [InlineData(OptionNames.CallDirection, "INBOUND", "USERORIGINATED or USERTERMINATED")]
    [InlineData(OptionNames.EnableInQueueChecking, "lenient", "true, false or strict")]
    public void The_error_names_the_service_the_option_and_the_value(string option, string value, string expected)
    {
        var result = new CallbackConfiguration().Service("user-scheduled", (option, value)).Read("user-scheduled");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(OptionErrorKind.InvalidValue, error.Kind);
        Assert.Equal((option, "user-scheduled"), (error.Option, error.Service));
        Assert.Equal($"Service option user-scheduled / {option} has an invalid value '{value}': expected {expected}", error.Message);
    }

    [Fact]
    public void Every_unreadable_option_is_reported_not_only_the_first()
    {
        var result = new CallbackConfiguration()
            .Service("user-scheduled", (OptionNames.MaxDialAttempts, "abc"), (OptionNames.WaitForAgent, "maybe"))
            .Read("user-scheduled");

        Assert.Equal([OptionNames.WaitForAgent, OptionNames.MaxDialAttempts], result.Errors.Select(error => error.Option));
    }

    [Fact]
    public void An_unreadable_inherited_value_says_it_comes_from_the_callback_defaults()
    {
        var result = new CallbackConfiguration()
            .Defaults((OptionNames.MaxDialAttempts, "abc"))
            .Service("user-scheduled")
            .Read("user-scheduled");

        Assert.Equal(
            "Service option user-scheduled / _max_dial_attempts has an invalid value 'abc' (inherited from Callback:Defaults): expected a whole number",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_unreadable_callback_default_that_the_service_replaces_is_no_error()
    {
        var options = new CallbackConfiguration()
            .Defaults((OptionNames.MaxDialAttempts, "abc"))
            .Service("user-scheduled", (OptionNames.MaxDialAttempts, "4"))
            .ReadValid("user-scheduled");

        Assert.Equal(4, options.MaxDialAttempts);
    }
}

public class When_the_configuration_carries_options_this_service_does_not_model
{
    [Fact]
    public void They_are_left_alone()
    {
        var options = new CallbackConfiguration()
            .Defaults(("max_queued_callbacks_per_service", "1000"), ("_throttle_ttl_1", "not a number"))
            .Service("user-scheduled", ("_urs_virtual_queue", "SIP_VQ"), ("_agent_preview", "maybe"))
            .ReadValid("user-scheduled");

        Assert.Equal(CallbackConfiguration.Target, options.Target);
    }
}
