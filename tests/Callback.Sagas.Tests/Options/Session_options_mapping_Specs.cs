using Callback.Sagas.Options;
using static Callback.Sagas.Tests.Options.ServiceRequests;

namespace Callback.Sagas.Tests.Options;

public class When_a_session_takes_its_options_from_the_service
{
    [Fact]
    public void It_carries_every_option_a_session_uses()
    {
        var service = UserScheduled() with
        {
            WaitForAgent = true,
            WaitForUserConfirm = true,
            UserConfirmTimeout = TimeSpan.FromSeconds(11),
            OnUserConfirmTimeout = "FAIL",
            MaxUserConfirmAttempts = 2,
            Target = "Sales@Stat_Server.GA",
            RoutePoint = "8999@SIP_Server",
            CallProgressDetection = false,
            MaxDialAttempts = 4,
            DialRetryTimeout = TimeSpan.FromSeconds(12),
            ExecutionTimeBuffer = TimeSpan.FromSeconds(13),
            MinEwtPollingInterval = TimeSpan.FromSeconds(14),
            MaxEwtPollingInterval = TimeSpan.FromSeconds(15),
            Ttl = TimeSpan.FromSeconds(16),
            AgentReserveTimeout = TimeSpan.FromSeconds(17),
            MaxWaitForAgentOnCall = TimeSpan.FromSeconds(18),
            MaxTransferToAgentAttempts = 6,
            AdapterResponseTimeout = TimeSpan.FromSeconds(19),
        };

        var session = service.ToSessionOptions();

        Assert.True(session.WaitForAgent);
        Assert.True(session.WaitForUserConfirm);
        Assert.Equal(TimeSpan.FromSeconds(11), session.UserConfirmTimeout);
        Assert.Equal("FAIL", session.OnUserConfirmTimeout);
        Assert.Equal(2, session.MaxUserConfirmAttempts);
        Assert.Equal("Sales@Stat_Server.GA", session.Target);
        Assert.Equal("8999@SIP_Server", session.RoutePoint);
        Assert.False(session.CallProgressDetection);
        Assert.Equal(4, session.MaxDialAttempts);
        Assert.Equal(TimeSpan.FromSeconds(12), session.DialRetryTimeout);
        Assert.Equal(TimeSpan.FromSeconds(13), session.ExecutionTimeBuffer);
        Assert.Equal(TimeSpan.FromSeconds(14), session.MinEwtPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(15), session.MaxEwtPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(16), session.Ttl);
        Assert.Equal(TimeSpan.FromSeconds(17), session.AgentReserveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(18), session.MaxWaitForAgentOnCall);
        Assert.Equal(6, session.MaxTransferToAgentAttempts);
        Assert.Equal(TimeSpan.FromSeconds(19), session.AdapterResponseTimeout);
    }

    [Fact]
    public void Its_dialogs_say_what_the_service_configures()
    {
        var service = new CallbackConfiguration()
            .Service("user-scheduled",
                (OptionNames.AgentAvailableText, "Un agent est disponible."),
                (OptionNames.CallShortlyText, "Nous vous appelons."),
                (OptionNames.OkTitle, "D'accord"))
            .ReadValid("user-scheduled");

        var dialogs = service.ToSessionOptions().Dialogs;

        Assert.Equal(("Un agent est disponible.", "Nous vous appelons.", "D'accord"), (dialogs.AgentAvailable, dialogs.CallShortly, dialogs.OkTitle));
    }

    [Fact]
    public void A_service_left_at_the_GMS_defaults_confirms_up_to_three_times()
    {
        var service = new CallbackConfiguration().Service("user-scheduled").ReadValid("user-scheduled");

        Assert.Equal(3, service.ToSessionOptions().MaxUserConfirmAttempts);
    }

    [Fact]
    public void Options_without_a_target_were_not_validated_and_cannot_start_a_session() =>
        Assert.Throws<InvalidOperationException>(() => (UserScheduled() with { Target = null }).ToSessionOptions());
}
