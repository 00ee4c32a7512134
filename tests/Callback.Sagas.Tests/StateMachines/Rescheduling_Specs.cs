using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Urs;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Rescheduling_Specs
{
    [Fact]
    public async Task A_rescheduled_session_starts_at_its_new_time_and_not_at_the_old_one()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddHours(1));
        await session.InState(m => m.Scheduled);
        var newTime = host.Now.AddHours(3);

        await session.Publish(new RescheduleRequested { SessionId = session.Id, DesiredTime = newTime, RequestedAt = host.Now });

        var state = await session.InState(m => m.Scheduled);
        Assert.Equal(newTime, state.DesiredTime);
        Assert.Equal(newTime.AddDays(1), state.ExpirationTime);

        await host.Advance(TimeSpan.FromHours(2));
        Assert.Empty(session.PublishedSoFar<EstimateWaitTime>());

        await host.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(120));
        await session.Published<EstimateWaitTime>();
    }

    [Fact]
    public async Task A_reschedule_updates_user_data_and_removes_keys_sent_empty()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddHours(1));
        await session.InState(m => m.Scheduled);

        await session.Publish(new RescheduleRequested
        {
            SessionId = session.Id, DesiredTime = host.Now.AddHours(2), RequestedAt = host.Now,
            UserData = new Dictionary<string, string> { ["first_name"] = "Jane", ["last_name"] = "", ["order"] = "A-17" },
        });

        await session.InState(m => m.Scheduled);
        var data = session.Session.UserData;
        Assert.Equal("Jane", data["first_name"]);
        Assert.False(data.ContainsKey("last_name"));
        Assert.Equal("A-17", data["order"]);
        Assert.Contains(session.Session.History, h => h.Event == "Rescheduled");
    }

    [Fact]
    public async Task A_reschedule_that_arrives_after_the_session_started_is_refused_so_the_new_slot_can_be_released()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options());
        await session.To(m => m.WaitingForAgent);
        var newTime = host.Now.AddHours(3);

        await session.Publish(new RescheduleRequested { SessionId = session.Id, DesiredTime = newTime, RequestedAt = host.Now });

        var rejected = await session.Published<RescheduleRejected>();
        Assert.Equal(newTime, rejected.DesiredTime);
        Assert.Equal("QUEUED", rejected.State);
        Assert.Equal("user-scheduled", rejected.ServiceName);
        Assert.Equal("WaitingForAgent", session.Session.CurrentState);
        Assert.Null(session.Session.DesiredTime);
    }
}
