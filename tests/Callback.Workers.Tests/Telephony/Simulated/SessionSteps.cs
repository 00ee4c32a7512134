using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Testing;
using Callback.Workers.Telephony.Simulated;
using MassTransit;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>The steps of a whole session on the simulated adapters.</summary>
static class SessionSteps
{
    /// <summary>The saga with the simulated adapters, configured by <paramref name="settings"/>.</summary>
    public static async Task<SessionTestHost> StartWith(SimulatedSettings settings)
    {
        var host = await SessionTestHost.StartAsync((_, x) => x.AddSimulatedTelephony(settings.Build()));
        var tracker = new ReceiveTracker();
        host.Harness.Bus.ConnectReceiveObserver(tracker);
        Trackers.Add(host, tracker);
        return host;
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SessionTestHost, ReceiveTracker> Trackers = new();

    public static async Task Taken<T>(this SessionTestHost host, Func<T, bool> match)
        where T : class
    {
        var deadline = DateTime.UtcNow + host.Harness.TestTimeout;
        while (true)
        {
            var ids = host.Harness.Published.Select<T>(m => match(m.Context.Message), new CancellationToken(true)).Select(m => m.Context.MessageId!.Value).ToList();
            if (ids.Count > 0 && Trackers.TryGetValue(host, out var t) && ids.All(t.IsDone)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("taken " + typeof(T).Name);
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// From the dial of <paramref name="attempt"/>: a person answers after the ring time, URS reserves an agent and
    /// SIP Server connects the call, each after its simulated delay (<see cref="SimulatedSettings"/>). Before each
    /// move of the clock the adapter has taken the saga's command, so its answer is scheduled and falls due.
    /// </summary>
    public static async Task PersonAnswersAndIsConnected(this SessionTestHost host, Guid sessionId, int attempt = 1)
    {
        await host.Taken<DialCustomer>(m => m.SessionId == sessionId && m.Attempt == attempt);
        await host.Advance(SimulatedSettings.Ring);
        await host.Taken<ReserveTarget>(m => m.SessionId == sessionId);
        await host.Advance(SimulatedSettings.Reservation);
        await host.Taken<RouteCall>(m => m.SessionId == sessionId);
        await host.Advance(SimulatedSettings.Routing);
    }

    /// <summary>URS has queued the session; the agent comes free after the simulated wait.</summary>
    public static async Task AgentComesFree(this SessionTestHost host, Guid sessionId, TimeSpan after)
    {
        await host.Taken<WaitForAgent>(m => m.SessionId == sessionId);
        await host.Advance(after);
    }

    /// <summary>Plays the customer: once the agent-available dialog is pushed, they read it for a while and press Ok.</summary>
    public static async Task CustomerConfirms(this SessionTestHost host, Guid sessionId, TimeSpan after)
    {
        await host.Published<UserNotificationRequested>(m => m.SessionId == sessionId);
        await host.Advance(after);
        await host.Publish(new UserConfirmed { SessionId = sessionId, ConfirmedAt = host.Now });
    }
}
