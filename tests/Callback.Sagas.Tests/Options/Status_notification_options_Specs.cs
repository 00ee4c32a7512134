using Callback.Sagas.Options;
using static Callback.Sagas.Tests.Options.ServiceRequests;

namespace Callback.Sagas.Tests.Options;

public class When_a_service_enables_status_notifications
{
    [Theory]
    [InlineData("subscribe_notify")]
    [InlineData("true")]
    [InlineData("SUBSCRIBE_NOTIFY")]
    public void GMS_s_value_and_true_switch_them_on_and_the_session_carries_target_and_events(string value)
    {
        var service = new CallbackConfiguration()
            .Service("user-scheduled",
                (OptionNames.EnableStatusNotification, value),
                (OptionNames.StatusNotificationType, "httpcb"),
                (OptionNames.StatusNotificationTarget, "https://crm.example.com/callback-events"),
                (OptionNames.CallbackEventsList, "_cbe_on_dial_init, _cbe_on_service_exit"),
                (OptionNames.MaxNotifyDeliveryAttempts, "5"))
            .ReadValid("user-scheduled");

        var session = service.ToSessionOptions();

        Assert.Equal("https://crm.example.com/callback-events", session.StatusNotification?.Target);
        Assert.Equal(["_cbe_on_dial_init", "_cbe_on_service_exit"], session.StatusNotification?.Events);
        Assert.Equal(5, session.MaxNotifyDeliveryAttempts);
        Assert.Empty(ServiceOptionsValidator.Validate(service));
    }

    [Fact]
    public void Without_them_a_session_has_no_status_notifications_and_three_delivery_attempts()
    {
        var session = new CallbackConfiguration().Service("user-scheduled").ReadValid("user-scheduled").ToSessionOptions();

        Assert.Null(session.StatusNotification);
        Assert.Equal(3, session.MaxNotifyDeliveryAttempts);
    }

    [Fact]
    public void A_switch_that_does_not_read_is_refused()
    {
        var error = Assert.Single(new CallbackConfiguration().Service("user-scheduled", (OptionNames.EnableStatusNotification, "sometimes"))
            .Read("user-scheduled").Errors);

        Assert.Equal(
            "Service option user-scheduled / _enable_status_notification has an invalid value 'sometimes': expected subscribe_notify, true or false",
            error.Message);
    }
}

public class When_validating_status_notifications
{
    static ServiceOptions Notifying(string? target = "http://crm.example.com/events") =>
        UserScheduled() with { StatusNotificationEnabled = true, StatusNotificationTarget = target };

    [Theory]
    [InlineData("crm.example.com/events")]
    [InlineData("ftp://crm.example.com/events")]
    [InlineData("not a url")]
    public void A_target_that_is_not_an_http_URL_is_refused(string target)
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(Notifying(target)));

        Assert.Equal((OptionErrorKind.InvalidValue, OptionNames.StatusNotificationTarget), (error.Kind, error.Option));
        Assert.Equal(
            $"Service option user-scheduled / _status_notification_target has an invalid value '{target}': expected an absolute http or https URL",
            error.Message);
    }

    [Fact]
    public void Enabled_without_a_target_is_refused()
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(Notifying(target: null)));

        Assert.Equal((OptionErrorKind.Missing, OptionNames.StatusNotificationTarget), (error.Kind, error.Option));
    }

    [Fact]
    public void A_bad_target_does_not_matter_while_notifications_are_off() =>
        Assert.Empty(ServiceOptionsValidator.Validate(UserScheduled() with { StatusNotificationTarget = "not a url" }));

    [Fact]
    public void A_type_other_than_httpcb_is_refused()
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(Notifying() with { StatusNotificationType = "orscb" }));

        Assert.Equal("Service option user-scheduled / _status_notification_type has an invalid value 'orscb': expected httpcb", error.Message);
    }

    [Fact]
    public void Each_unknown_event_name_is_refused_even_while_notifications_are_off()
    {
        var errors = ServiceOptionsValidator.Validate(UserScheduled() with
        {
            CallbackEventsList = ["_cbe_on_dial_init", "_cbe_on_dial_start", "CallbackEvents"],
        });

        Assert.Equal(["_cbe_on_dial_start", "CallbackEvents"], errors.Select(e => e.Message.Split('\'')[1]));
        Assert.All(errors, e => Assert.Equal(OptionNames.CallbackEventsList, e.Option));
        Assert.Contains("expected a comma-separated list of _cbe_on_callback_cancelled, _cbe_on_customer_queued", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fewer_than_one_delivery_attempt_is_refused(int attempts)
    {
        var error = Assert.Single(ServiceOptionsValidator.Validate(UserScheduled() with { MaxNotifyDeliveryAttempts = attempts }));

        Assert.Equal(
            $"Service option user-scheduled / _max_notify_delivery_attempts has an invalid value '{attempts}': expected at least 1",
            error.Message);
    }

    [Fact]
    public void A_request_may_point_notifications_elsewhere_only_when_the_service_allows_it()
    {
        var service = new CallbackConfiguration()
            .Service("user-scheduled", (OptionNames.OverwritableOptions, "_status_notification_target"))
            .ReadValid("user-scheduled");

        var refused = MergeFailsOnce(service, (RequestKeys.CustomerNumber, "5115"), (OptionNames.EnableStatusNotification, "true"));
        var invalid = MergeFailsOnce(service with { StatusNotificationEnabled = true, StatusNotificationTarget = "http://a.example/" },
            (RequestKeys.CustomerNumber, "5115"), (OptionNames.StatusNotificationTarget, "nowhere"));

        Assert.Equal(OptionErrorKind.NotOverwritable, refused.Kind);
        Assert.Equal((OptionErrorKind.InvalidValue, OptionNames.StatusNotificationTarget), (invalid.Kind, invalid.Option));
    }
}
