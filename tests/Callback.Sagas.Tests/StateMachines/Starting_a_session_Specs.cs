using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Starting_a_session_Specs
{
    [Fact]
    public async Task An_immediate_delayed_callback_queues_for_an_agent_at_once()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true));

        var state = await session.InState(m => m.WaitingForAgent);

        var wait = await session.Published<WaitForAgent>();
        Assert.Equal(Given.Target, wait.Target);
        Assert.Equal("user-scheduled", wait.ServiceName);
        Assert.Equal(GmsCallbackState.Queued, GmsCallbackState.Of(state.CurrentState));
        Assert.Equal(["Scheduled", "WaitingForAgent"], state.History.Select(h => h.To));
    }

    [Fact]
    public async Task An_immediate_callback_that_does_not_wait_for_an_agent_dials_at_once()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: false));

        await session.InState(m => m.Dialing);

        var dial = await session.Dial();
        Assert.Equal(Given.CustomerNumber, dial.CustomerNumber);
        Assert.Equal("8999@SIP_Server", dial.RoutePoint);
        Assert.True(dial.CallProgressDetection);
        Assert.Empty(session.PublishedSoFar<WaitForAgent>());
    }

    [Fact]
    public async Task A_scheduled_callback_waits_quietly_until_its_execution_window()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddHours(7);
        var session = await SessionDriver.Start(host, Given.Options(), desired);

        var state = await session.InState(m => m.Scheduled);

        Assert.Equal(GmsCallbackState.Scheduled, GmsCallbackState.Of(state.CurrentState));
        Assert.Equal(desired, state.DesiredTime);
        Assert.Equal(desired.AddDays(1), state.ExpirationTime);
        Assert.Empty(session.PublishedSoFar<EstimateWaitTime>());
        Assert.Empty(session.PublishedSoFar<WaitForAgent>());
        Assert.Empty(session.PublishedSoFar<DialCustomer>());
    }

    [Fact]
    public async Task The_session_keeps_the_request_data_for_the_query_api()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddHours(2),
            r => r with { DeviceOs = "comet", DeviceNotificationId = "device-42" });

        var state = await session.InState(m => m.Scheduled);

        Assert.Equal("user-scheduled", state.ServiceName);
        Assert.Equal(Given.CustomerNumber, state.CustomerNumber);
        Assert.Equal("John", state.UserData["first_name"]);
        Assert.Equal("Doe", state.UserData["last_name"]);
        Assert.Equal("comet", state.DeviceOs);
        Assert.Equal("device-42", state.DeviceNotificationId);
        Assert.Equal(SessionTestHost.Start, state.CreatedAt);
        Assert.Null(state.Reason);
    }

    [Fact]
    public async Task A_repeated_start_request_for_the_same_session_changes_nothing()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddHours(2));
        await session.InState(m => m.Scheduled);

        await session.Publish(session.Request with { CustomerNumber = "+15105559999", DesiredTime = host.Now.AddHours(5) });
        await host.Consumed<Contracts.Requests.CallbackRequested>(m => m.CustomerNumber == "+15105559999");

        var state = session.Session;
        Assert.Equal(Given.CustomerNumber, state.CustomerNumber);
        Assert.Equal(host.Now.AddHours(2), state.DesiredTime);
        Assert.Single(state.History);
    }
}
