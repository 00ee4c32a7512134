using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

/// <summary>
/// The saga states a store may look sessions up by, for a GMS state asked for in a query: never missing a session that
/// reads that state, whatever the time.
/// </summary>
public class Gms_state_lookup_Specs
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_saga_states_are_those_of_the_machine()
    {
        var machine = StandaloneMachine.Create();

        Assert.Equal(
            machine.States.Select(s => s.Name).Except(["Final"]).Order(StringComparer.Ordinal),
            GmsCallbackState.SagaStates.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void A_session_reading_a_state_is_in_the_saga_states_that_may_read_it(string sagaState, TimeSpan desiredIn)
    {
        var session = Session(sagaState, desiredIn);
        var read = GmsCallbackState.Of(session, Now);

        Assert.Contains(sagaState, GmsCallbackState.SagaStatesThatMayRead(read));
        Assert.All(GmsCallbackState.All.Where(s => s != read), other => Assert.DoesNotContain(sagaState, GmsCallbackState.SagaStatesThatAlwaysRead(other)));
    }

    [Fact]
    public void A_scheduled_session_may_read_SCHEDULED_or_QUEUED_and_always_reads_neither()
    {
        Assert.Contains("Scheduled", GmsCallbackState.SagaStatesThatMayRead(GmsCallbackState.Scheduled));
        Assert.Contains("Scheduled", GmsCallbackState.SagaStatesThatMayRead(GmsCallbackState.Queued));
        Assert.DoesNotContain("Scheduled", GmsCallbackState.SagaStatesThatAlwaysRead(GmsCallbackState.Scheduled));
        Assert.DoesNotContain("Scheduled", GmsCallbackState.SagaStatesThatAlwaysRead(GmsCallbackState.Queued));
    }

    public static TheoryData<string, TimeSpan> Sessions()
    {
        var data = new TheoryData<string, TimeSpan>();
        foreach (var state in GmsCallbackState.SagaStates)
        {
            data.Add(state, TimeSpan.FromMinutes(1));
            data.Add(state, TimeSpan.FromHours(1));
        }

        return data;
    }

    static CallbackSession Session(string sagaState, TimeSpan desiredIn) => new()
    {
        CurrentState = sagaState,
        ServiceName = "user-scheduled",
        CustomerNumber = Given.CustomerNumber,
        DesiredTime = Now + desiredIn,
        Options = Given.Options(),
    };
}
