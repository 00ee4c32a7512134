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
    readonly ReceiveTracker _received = new();

    SimulatedSessionHost(SessionTestHost host)
    {
        Host = host;
        host.Harness.Bus.ConnectReceiveObserver(_received);
    }

    public SessionTestHost Host { get; }

    /// <summary>The saga with the simulated adapters, configured by <paramref name="settings"/>.</summary>
    public static async Task<SimulatedSessionHost> StartAsync(SimulatedSettings settings) =>
        new(await SessionTestHost.StartAsync((_, x) => x.AddSimulatedTelephony(settings.Build())));

    /// <summary>
    /// Waits until the matching published message has been completely processed where it went: the harness's own
    /// lists note a message before what its consumer scheduled has reached the scheduler.
    /// </summary>
    public async Task Processed<T>(Func<T, bool> match)
        where T : class
    {
        await Host.Published(match);
        var messageId = Host.Harness.Published.Select<T>(m => match(m.Context.Message), new CancellationToken(true))
            .First().Context.MessageId!.Value;

        await Polling.WaitFor(() => _received.IsDone(messageId), $"the {typeof(T).Name} to be processed", Host.Harness.TestTimeout);
    }

    /// <summary>URS has the session queued; an agent comes free after <paramref name="after"/>.</summary>
    public async Task AgentComesFree(Guid sessionId, TimeSpan after)
    {
        await Processed<WaitForAgent>(m => m.SessionId == sessionId);
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
        await Processed<DialCustomer>(m => m.SessionId == sessionId && m.Attempt == attempt);
        await Host.Advance(SimulatedSettings.Ring);
        await Processed<ReserveTarget>(m => m.SessionId == sessionId);
        await Host.Advance(SimulatedSettings.Reservation);
        await Processed<RouteCall>(m => m.SessionId == sessionId);
        await Host.Advance(SimulatedSettings.Routing);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
