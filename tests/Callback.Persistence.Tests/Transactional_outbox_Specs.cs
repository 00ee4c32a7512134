using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Callback.Persistence.Tests;

/// <summary>
/// The transactional inbox and outbox of the session endpoint: a transition's messages are committed with its state
/// and sent after the commit, survive a failed send, and a message consumed once is not consumed again.
/// </summary>
public class Transactional_outbox_Specs
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transition_s_messages_leave_after_its_state_is_committed_and_the_outbox_is_emptied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var broker = new OutboxDeliveries<WaitForAgent>(database);
        await using var host = await SessionsOnDatabase.Start(database, (_, bus) => bus.ConfigureSend(s => s.UseFilter(broker)));
        var request = Given.Callback(Given.Options(waitForAgent: true));

        await host.Harness.Bus.Publish(request);

        var first = await broker.First.WaitAsync(host.Harness.TestTimeout);
        Assert.Equal(nameof(CallbackStateMachine.WaitingForAgent), first.SessionState);
        Assert.NotNull(first.Inbox.Consumed);
        Assert.Null(first.Inbox.Delivered);
        Assert.True(first.WaitingInOutbox >= 2, $"the WaitForAgent and the expiry timer wait in the outbox; found {first.WaitingInOutbox}");

        await Polling.WaitForQuery(() => Delivered(database), "the outbox delivered and emptied", host.Harness.TestTimeout);
        Assert.Equal(1, broker.Delivered);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Messages_a_send_failed_to_deliver_wait_in_the_database_and_go_out_when_the_message_is_retried(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var broker = new OutboxDeliveries<WaitForAgent>(database, failFirst: true);
        await using var host = await SessionsOnDatabase.Start(database, (_, bus) => bus.ConfigureSend(s => s.UseFilter(broker)));
        var request = Given.Callback(Given.Options(waitForAgent: true));

        await host.Harness.Bus.Publish(request);

        Assert.Equal(nameof(CallbackStateMachine.WaitingForAgent), (await broker.First.WaitAsync(host.Harness.TestTimeout)).SessionState);
        await Polling.WaitForQuery(() => Delivered(database), "the outbox delivered on the retry", host.Harness.TestTimeout);

        // The retry sent what was stored and did not run the transition again. Delivery is at least once: MassTransit
        // may fail a retry on the earlier failed send and send again, with the stored MessageId an inbox recognises.
        Assert.True(broker.Delivered >= 1);
        var stored = await host.Stored(request.SessionId);
        Assert.Equal(1, stored!.Version);
        Assert.Single(stored.History, h => h.To == nameof(CallbackStateMachine.WaitingForAgent));
        Assert.Empty(host.FaultsSoFar<CallbackRequested>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_received_again_after_it_was_consumed_is_not_consumed_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var broker = new OutboxDeliveries<WaitForAgent>(database);
        await using var host = await SessionsOnDatabase.Start(database, (_, bus) => bus.ConfigureSend(s => s.UseFilter(broker)));
        var request = Given.Callback(Given.Options(waitForAgent: true));
        var messageId = NewId.NextGuid();

        await host.Harness.Bus.Publish(request, c => c.MessageId = messageId);
        await Polling.WaitForQuery(() => Delivered(database), "the first receipt consumed and delivered", host.Harness.TestTimeout);
        await using (var db = database.Context())
            Assert.Equal(0, (await db.InboxStates.SingleAsync()).ReceiveCount);

        await host.Harness.Bus.Publish(request, c => c.MessageId = messageId);
        await Polling.WaitForQuery(async () =>
        {
            await using var db = database.Context();
            return (await db.InboxStates.SingleAsync()).ReceiveCount == 1;
        }, "the second receipt recorded", host.Harness.TestTimeout);

        Assert.Equal(1, (await host.Stored(request.SessionId))!.Version);
        Assert.Equal(1, broker.Delivered);
    }

    static async Task<bool> Delivered(TestDatabase database)
    {
        await using var db = database.Context();
        return await db.InboxStates.AnyAsync() && await db.InboxStates.AllAsync(i => i.Delivered != null)
            && !await db.OutboxMessages.AnyAsync();
    }
}
