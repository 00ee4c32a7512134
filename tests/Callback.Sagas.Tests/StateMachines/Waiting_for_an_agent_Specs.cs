using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Sip;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Waiting_for_an_agent_Specs
{
    [Fact]
    public async Task When_an_agent_is_available_and_no_confirmation_is_needed_it_dials_the_customer()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true, confirm: false));
        await session.InState(m => m.WaitingForAgent);

        await session.AgentAvailable();

        await session.InState(m => m.Dialing);
        Assert.Equal(1, (await session.Dial()).Attempt);
        Assert.Empty(session.PublishedSoFar<UserNotificationRequested>());
    }

    [Fact]
    public async Task When_an_agent_is_available_and_confirmation_is_needed_it_pushes_the_dialog_to_the_device()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true, confirm: true),
            change: r => r with { DeviceOs = "comet", DeviceNotificationId = "device-42" });
        await session.InState(m => m.WaitingForAgent);

        await session.AgentAvailable();

        await session.InState(m => m.UserNotified);
        var push = await session.Published<UserNotificationRequested>();
        Assert.Equal("comet", push.DeviceOs);
        Assert.Equal("device-42", push.DeviceNotificationId);
        Assert.Equal(1, push.Attempt);
        Assert.Equal(session.Id.ToString(), push.Dialog.Id);
        Assert.Equal("ConfirmationDialog", push.Dialog.Action);
        Assert.Equal("0", push.Dialog.DialogId);
        Assert.Equal("Ok", push.Dialog.OkTitle);
        Assert.Empty(session.PublishedSoFar<DialCustomer>());
    }

    [Fact]
    public async Task A_device_without_a_push_channel_gets_no_push_but_may_still_confirm()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true, confirm: true), change: r => r with { DeviceOs = null });
        await session.To(m => m.UserNotified);

        await session.Confirm();

        await session.InState(m => m.Dialing);
        Assert.Empty(session.PublishedSoFar<UserNotificationRequested>());
    }

    [Fact]
    public async Task A_repeated_agent_available_event_does_not_push_or_dial_twice()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true, confirm: true));
        await session.To(m => m.UserNotified);

        await session.AgentAvailable();

        await session.InState(m => m.UserNotified);
        Assert.Single(session.PublishedSoFar<UserNotificationRequested>());
        Assert.Empty(session.PublishedSoFar<DialCustomer>());
    }
}
