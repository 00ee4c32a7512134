using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Sagas;
using Callback.Sagas.StateMachines;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Persistence.Tests;

public class Correlation_by_expression_Specs
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_event_correlated_by_an_expression_reaches_every_matching_session_and_no_other(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var first = Stored("+15105550001", "Scheduled");
        var second = Stored("+15105550001", "Dialing");
        var otherCustomer = Stored("+15105550002", "Scheduled");
        await using (var db = database.Context())
        {
            var store = new SagaStore<CallbackSession>(db);
            foreach (var session in new[] { first, second, otherCustomer })
                await store.Save(session);
        }

        var services = new ServiceCollection().AddLogging().AddCallbackDatabase(database.Configuration());
        services.AddMassTransitTestHarness(x => x.AddSagaStateMachine<NoteTakingMachine, CallbackSession>().CallbackDbRepository());
        await using var serviceProvider = services.BuildServiceProvider(true);
        var harness = serviceProvider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new CustomerNoteAdded("+15105550001", "prefers mornings"));

        var notes = harness.GetSagaStateMachineHarness<NoteTakingMachine, CallbackSession>();
        Assert.NotNull(await notes.Exists(first.CorrelationId, m => m.Noted, harness.TestTimeout));
        Assert.NotNull(await notes.Exists(second.CorrelationId, m => m.Noted, harness.TestTimeout));
        Assert.Null(await notes.Exists(otherCustomer.CorrelationId, m => m.Noted, TimeSpan.FromMilliseconds(300)));
        await using var reader = database.Context();
        var readerStore = new SagaStore<CallbackSession>(reader);
        foreach (var id in new[] { first.CorrelationId, second.CorrelationId })
        {
            var noted = (await readerStore.Load(id))!;
            Assert.Equal("prefers mornings", noted.UserData["note"]);
            Assert.Equal(2, noted.Version);
        }

        Assert.Equal(1, (await readerStore.Load(otherCustomer.CorrelationId))!.Version);
        await harness.Stop();
    }

    static CallbackSession Stored(string customerNumber, string state)
    {
        var session = Sessions.Full();
        session.CustomerNumber = customerNumber;
        session.CurrentState = state;
        return session;
    }

    public record CustomerNoteAdded(string CustomerNumber, string Note);

    /// <summary>A machine over the session table whose only event finds its sessions by customer number, not by id.</summary>
    public class NoteTakingMachine :
        MassTransitStateMachine<CallbackSession>
    {
        public NoteTakingMachine()
        {
            InstanceState(x => x.CurrentState);
            Event(() => NoteAdded, e =>
            {
                e.CorrelateBy((session, context) => session.CustomerNumber == context.Message.CustomerNumber);
                e.OnMissingInstance(m => m.Discard());
            });

            DuringAny(
                When(NoteAdded)
                    .Then(c => c.Saga.UserData["note"] = c.Message.Note)
                    .TransitionTo(Noted));
        }

        public State Scheduled { get; private set; } = null!;
        public State Dialing { get; private set; } = null!;
        public State Noted { get; private set; } = null!;
        public Event<CustomerNoteAdded> NoteAdded { get; private set; } = null!;
    }
}
