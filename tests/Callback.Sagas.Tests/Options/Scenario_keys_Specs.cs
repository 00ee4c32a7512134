using Callback.Sagas.Options;
using static Callback.Sagas.Tests.Options.ServiceRequests;

namespace Callback.Sagas.Tests.Options;

public class When_a_request_repeats_the_scenario_its_service_is_configured_for
{
    [Fact]
    public void The_start_request_of_GMS_sample_page_is_accepted()
    {
        var service = new CallbackConfiguration()
            .Service("user-scheduled",
                (OptionNames.CallDirection, "USERTERMINATED"),
                (OptionNames.WaitForAgent, "true"),
                (OptionNames.WaitForUserConfirm, "true"))
            .ReadValid("user-scheduled");

        var merged = MergeValid(service,
            ("first_name", "John"),
            ("last_name", "Doe"),
            ("_provide_code", "false"),
            ("_desired_time", "2014-07-30T15:00:00.000Z"),
            ("_customer_number", "5115"),
            ("location_lat", "37.8197"),
            ("location_long", "-122.4786"),
            ("_device_os", "comet"),
            ("_call_direction", "USERTERMINATED"),
            ("_wait_for_agent", "true"),
            ("_wait_for_user_confirm", "true"),
            ("_media_type", "voice"));

        Assert.Equal(service, merged.Options);
        Assert.Equal(["first_name", "last_name", "location_lat", "location_long"], merged.UserData.Keys);
        Assert.Equal(["_provide_code", "_desired_time", "_customer_number", "_device_os"], merged.RequestValues.Keys);
        Assert.Empty(merged.PassThrough);
    }

    [Fact]
    public void The_values_are_compared_as_values_not_as_texts()
    {
        var merged = MergeValid(UserScheduled(),
            (OptionNames.CallDirection, "userTerminated"),
            (OptionNames.WaitForAgent, "TRUE"),
            (OptionNames.MediaType, "Voice"));

        Assert.Equal(UserScheduled().WaitForAgent, merged.Options.WaitForAgent);
    }

    [Theory]
    [InlineData(OptionNames.CallDirection, "USERORIGINATED")]
    [InlineData(OptionNames.WaitForAgent, "false")]
    [InlineData(OptionNames.WaitForUserConfirm, "false")]
    [InlineData(OptionNames.MediaType, "chat")]
    public void A_different_scenario_is_refused_unless_overwritable(string option, string value)
    {
        var error = MergeFailsOnce(UserScheduled(), (option, value));

        Assert.Equal((OptionErrorKind.NotOverwritable, option), (error.Kind, error.Option));
    }

    [Fact]
    public void A_different_scenario_is_taken_when_overwritable()
    {
        var merged = MergeValid(UserScheduled(OptionNames.WaitForUserConfirm), (OptionNames.WaitForUserConfirm, "false"));

        Assert.False(merged.Options.WaitForUserConfirm);
    }

    [Fact]
    public void A_scenario_value_that_does_not_read_is_reported_as_such()
    {
        var error = MergeFailsOnce(UserScheduled(), (OptionNames.WaitForAgent, "yes"));

        Assert.Equal(OptionErrorKind.InvalidValue, error.Kind);
        Assert.Equal("Service option user-scheduled / _wait_for_agent has an invalid value 'yes' in the request: expected true or false", error.Message);
    }
}
