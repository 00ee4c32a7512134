using Callback.Sagas.Options;
using static Callback.Sagas.Tests.Options.ServiceRequests;

namespace Callback.Sagas.Tests.Options;

public class When_a_request_carries_keys_without_an_underscore
{
    [Fact]
    public void They_are_user_data_returned_untouched()
    {
        var merged = MergeValid(UserScheduled(), ("first_name", "John"), ("Account Type", " Gold "), ("note", ""));

        Assert.Equal(Request(("first_name", "John"), ("Account Type", " Gold "), ("note", "")), merged.UserData);
    }

    [Fact]
    public void They_never_change_options_even_when_named_like_one()
    {
        var merged = MergeValid(UserScheduled(), ("max_dial_attempts", "9"));

        Assert.Equal(3, merged.Options.MaxDialAttempts);
        Assert.Equal("9", merged.UserData["max_dial_attempts"]);
    }
}

public class When_a_request_carries_keys_that_describe_the_request
{
    [Fact]
    public void They_are_always_accepted_and_returned_as_sent()
    {
        var pairs = new[]
        {
            (RequestKeys.CustomerNumber, "+1 555 0100"),
            (RequestKeys.DesiredTime, "2014-07-30T15:00:00.000Z"),
            (RequestKeys.NewDesiredTime, "2014-07-30T16:00:00.000Z"),
            (RequestKeys.DeviceOs, "comet"),
            (RequestKeys.DeviceNotificationId, "device-1"),
            (RequestKeys.Id, "440-96984577"),
            (RequestKeys.CallbackState, "SCHEDULED"),
            (RequestKeys.ProvideCode, "false"),
        };

        var merged = MergeValid(UserScheduled(), pairs);

        Assert.Equal(Request(pairs), merged.RequestValues);
        Assert.Empty(merged.UserData);
        Assert.Empty(merged.PassThrough);
    }

    [Fact]
    public void They_can_be_looked_up_by_their_GMS_name_in_any_case()
    {
        var merged = MergeValid(UserScheduled(), ("_Customer_Number", "5115"));

        Assert.Equal("5115", merged.RequestValues[RequestKeys.CustomerNumber]);
    }
}

public class When_a_request_carries_underscore_keys_this_service_does_not_model
{
    [Fact]
    public void They_are_returned_apart_to_be_kept_as_session_attributes()
    {
        var merged = MergeValid(UserScheduled(),
            ("_urs_virtual_queue", "SIP_VQ"), ("_request_queue_time_stat", "ExpectedWaitTime;Queue;8999@SIP_Server;Environment"));

        Assert.Equal(
            Request(("_urs_virtual_queue", "SIP_VQ"), ("_request_queue_time_stat", "ExpectedWaitTime;Queue;8999@SIP_Server;Environment")),
            merged.PassThrough);
        Assert.Equal(UserScheduled().Target, merged.Options.Target);
    }
}
