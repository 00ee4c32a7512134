using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Options;

namespace Callback.Sagas.Tests.Options;

public class When_a_service_sets_only_its_target
{
    readonly ServiceOptions options = new CallbackConfiguration().Service("user-scheduled").ReadValid("user-scheduled");

    [Fact]
    public void It_runs_the_GMS_default_scenario()
    {
        Assert.Equal(CallbackConfiguration.Target, options.Target);
        Assert.Equal(CallDirection.UserOriginated, options.CallDirection);
        Assert.True(options.WaitForAgent);
        Assert.False(options.WaitForUserConfirm);
        Assert.Equal("voice", options.MediaType);
    }

    [Fact]
    public void It_confirms_and_dials_with_the_GMS_defaults()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), options.UserConfirmTimeout);
        Assert.Equal("CONNECT-ANYWAY", options.OnUserConfirmTimeout);
        Assert.Equal(3, options.MaxUserConfirmAttempts);
        Assert.Null(options.RoutePoint);
        Assert.True(options.CallProgressDetection);
        Assert.Equal(3, options.MaxDialAttempts);
        Assert.Equal(TimeSpan.FromSeconds(300), options.DialRetryTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AgentReserveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3600), options.MaxWaitForAgentOnCall);
        Assert.Equal(5, options.MaxTransferToAgentAttempts);
        Assert.Equal(TimeSpan.FromSeconds(120), options.AdapterResponseTimeout);
    }

    [Fact]
    public void It_schedules_with_the_GMS_defaults()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), options.ExecutionTimeBuffer);
        Assert.Equal(TimeSpan.FromSeconds(180), options.DesiredConnectTimeThreshold);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MinEwtPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxEwtPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(86400), options.Ttl);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RequestTimeBucket);
        Assert.Equal(100, options.MaxRequestsByTimeBucket);
        Assert.Equal(new CalendarPeriod(1, CalendarPeriodUnit.Month), options.RejectFutureDesiredTime);
        Assert.Null(options.BusinessHoursService);
    }

    [Fact]
    public void It_checks_customers_with_the_GMS_defaults()
    {
        Assert.Equal("US", options.DefaultCountry);
        Assert.True(options.DisallowImpossiblePhoneNumbers);
        Assert.True(options.DisallowPremiumPhoneNumbers);
        Assert.Equal(InQueueChecking.On, options.InQueueChecking);
        Assert.Equal([RequestKeys.CustomerNumber], options.MandatoryCustomerLookupKeys);
        Assert.Empty(options.OverwritableOptions);
    }

    [Fact]
    public void Its_dialogs_say_what_a_session_says_by_default()
    {
        var sessionDefaults = new DialogTexts();

        Assert.Equal(sessionDefaults.AgentAvailable, options.AgentAvailableText);
        Assert.Equal(sessionDefaults.CallShortly, options.CallShortlyText);
        Assert.Equal(sessionDefaults.OkTitle, options.OkTitle);
    }

    [Fact]
    public void Its_options_are_valid() =>
        Assert.Empty(ServiceOptionsValidator.Validate(options));
}
