using Callback.Sagas.Contracts;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using MassTransit;

namespace Callback.Sagas.Tests.StateMachines;

/// <summary>
/// Plays the web tier and both adapters for one session, so that a spec brings a session to the state it is about
/// in one line and then tests just that state.
/// </summary>
public sealed class SessionDriver(SessionTestHost host, CallbackRequested request)
{
    public Guid Id => request.SessionId;
    public CallbackRequested Request => request;
    public CallbackSession Session => host.Session(Id);

    public static async Task<SessionDriver> Start(SessionTestHost host, SessionOptions options, DateTimeOffset? desiredTime = null,
        Func<CallbackRequested, CallbackRequested>? change = null)
    {
        var request = Given.Callback(options, desiredTime, host.Now);
        if (change is not null)
            request = change(request);

        await host.Publish(request);
        return new SessionDriver(host, request);
    }

    public Task<CallbackSession> InState(Func<CallbackStateMachine, State> state) => host.InState(Id, state);

    public Task<T> Published<T>(Func<T, bool>? match = null)
        where T : class, ISessionMessage => host.Published<T>(m => m.SessionId == Id && (match?.Invoke(m) ?? true));

    public IReadOnlyList<T> PublishedSoFar<T>()
        where T : class, ISessionMessage => host.PublishedSoFar<T>(m => m.SessionId == Id);

    /// <summary>The <typeparamref name="T"/> of this session the saga has taken in so far, oldest first, without waiting.</summary>
    public IReadOnlyList<T> ConsumedSoFar<T>()
        where T : class, ISessionMessage =>
        host.Sessions.Consumed.Select<T>(m => m.Context.Message.SessionId == Id, new CancellationToken(true))
            .Select(m => m.Context.Message)
            .ToList();

    /// <summary>Waits until the saga has taken <typeparamref name="T"/> in, whether or not it changed anything.</summary>
    public Task<T> Consumed<T>(Func<T, bool>? match = null)
        where T : class, ISessionMessage => host.Consumed<T>(m => m.SessionId == Id && (match?.Invoke(m) ?? true));

    public Task Publish<T>(T message)
        where T : class => host.Publish(message);

    public Task AgentAvailable() => host.Publish(Given.AgentAvailableFor(Id, host.Now));

    public Task Confirm() => host.Publish(new UserConfirmed { SessionId = Id, ConfirmedAt = host.Now });

    public Task Cancel(string reason = CallbackReason.Cancelled) =>
        host.Publish(new CancelRequested { SessionId = Id, Reason = reason, RequestedAt = host.Now });

    public Task<DialCustomer> Dial(int attempt = 1) => Published<DialCustomer>(m => m.Attempt == attempt);

    public async Task Answer(CallProgressResult result, int attempt = 1) =>
        await host.Publish(Given.Answered(await Dial(attempt), result, host.Now));

    public async Task Fail(CallFailureReason reason, int attempt = 1) =>
        await host.Publish(Given.Failed(await Dial(attempt), reason, host.Now));

    public Task<ReserveTarget> Reservation(int attempt = 1) => Published<ReserveTarget>(m => m.Attempt == attempt);

    public async Task Reserve(int attempt = 1) => await host.Publish(Given.Reserved(await Reservation(attempt), host.Now));

    public async Task ConfirmRouted()
    {
        var route = await Published<RouteCall>();
        await host.Publish(new CallRouted { SessionId = Id, CallId = route.CallId, AgentId = route.AgentId, At = host.Now });
    }

    public async Task CustomerHangsUp()
    {
        var callId = Session.CallId ?? throw new InvalidOperationException("The session has no call.");
        await host.Publish(new CallReleased { SessionId = Id, CallId = callId, At = host.Now });
    }

    /// <summary>Brings an immediate session to <paramref name="state"/> along the shortest path the options allow.</summary>
    public async Task<CallbackSession> To(Func<CallbackStateMachine, State> state)
    {
        var target = state(host.Machine);
        var machine = host.Machine;
        var path = PathTo(target, machine);

        foreach (var step in path)
            await step();

        return await InState(state);
    }

    List<Func<Task>> PathTo(State target, CallbackStateMachine m)
    {
        var steps = new List<Func<Task>>();
        if (target == m.Scheduled || target == m.Initial)
            return steps;

        var waits = request.Options.WaitForAgent;
        var confirms = waits && request.Options.WaitForUserConfirm;
        if (waits)
        {
            steps.Add(() => InState(x => x.WaitingForAgent));
            if (target == m.WaitingForAgent)
                return steps;
            steps.Add(AgentAvailable);
            if (confirms)
            {
                steps.Add(() => InState(x => x.UserNotified));
                if (target == m.UserNotified)
                    return steps;
                steps.Add(Confirm);
            }
        }

        steps.Add(() => InState(x => x.Dialing));
        if (target == m.Dialing)
            return steps;
        steps.Add(() => Answer(CallProgressResult.Human));
        steps.Add(() => InState(x => x.HumanDetected));
        if (target == m.HumanDetected)
            return steps;
        steps.Add(() => Reserve());
        steps.Add(() => InState(x => x.Routed));
        if (target == m.Routed)
            return steps;
        steps.Add(ConfirmRouted);
        return steps;
    }
}
