using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Testing;
using Callback.Workers.Telephony.Simulated;
using MassTransit;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>
/// The saga and the simulated adapters on a <see cref="SessionTestHost"/>, and the steps of a whole session on them.
/// Before each move of the clock the adapter has completely processed the saga's command, so the answer it
/// scheduled has been sent to the scheduler and falls due when time moves.
/// </summary>
sealed class SimulatedSessionHost :
    IAsyncDisposable
{
    SimulatedSessionHost(SessionTestHost host)
    {
        Host = host;
    }

    public SessionTestHost Host { get; }

    /// <summary>The saga with the simulated adapters, configured by <paramref name="settings"/>.</summary>
    public static async Task<SimulatedSessionHost> StartAsync(SimulatedSettings settings) =>
        new(await SessionTestHost.StartAsync((_, x) => x.AddSimulatedTelephony(settings.Build())));

    /// <summary>URS has the session queued; an agent comes free after <paramref name="after"/>.</summary>
    public async Task AgentComesFree(Guid sessionId, TimeSpan after)
    {
        await Host.Processed<WaitForAgent>(m => m.SessionId == sessionId);
        await Host.Advance(after);
    }

    /// <summary>Plays the customer: once the agent-available dialog is pushed, they read it for a while and press Ok.</summary>
    public async Task CustomerConfirms(Guid sessionId, TimeSpan after)
    {
        await Host.Published<UserNotificationRequested>(m => m.SessionId == sessionId);
        await Host.Advance(after);
        await Host.Publish(new UserConfirmed { SessionId = sessionId, ConfirmedAt = Host.Now });
    }

    /// <summary>
    /// From the dial of <paramref name="attempt"/>: a person answers after the ring time, URS reserves an agent and
    /// SIP Server connects the call, each after its simulated delay (<see cref="SimulatedSettings"/>).
    /// </summary>
    public async Task PersonAnswersAndIsConnected(Guid sessionId, int attempt = 1)
    {
        await Host.Processed<DialCustomer>(m => m.SessionId == sessionId && m.Attempt == attempt);
        await Host.Advance(SimulatedSettings.Ring);
        await Host.Processed<ReserveTarget>(m => m.SessionId == sessionId);
        await Host.Advance(SimulatedSettings.Reservation);
        await Host.Processed<RouteCall>(m => m.SessionId == sessionId);
        await Host.Advance(SimulatedSettings.Routing);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
