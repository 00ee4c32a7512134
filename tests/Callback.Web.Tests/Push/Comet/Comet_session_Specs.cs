using Callback.Web.Push.Comet;
using static Callback.Web.Tests.Push.Comet.CometClients;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>A client's long poll: held until a message comes or the timeout passes, on a clock the test moves.</summary>
public sealed class Comet_session_Specs
{
    const string Channel = "/_genesys/callback/abc";

    readonly CometClients _clients = new();

    [Fact]
    public async Task A_connect_with_messages_waiting_is_answered_at_once_with_all_of_them_in_order()
    {
        var device = _clients.Subscribed(Channel);
        _clients.Sessions.Publish(Channel, Json("""{"n":1}"""));
        _clients.Sessions.Publish(Channel, Json("""{"n":2}"""));

        var result = await _clients.Connect(device);

        Assert.Equal(ConnectEnd.Delivered, result.End);
        Assert.Equal(["""{"n":1}""", """{"n":2}"""], Texts(result));
        Assert.All(result.Messages, message => Assert.Equal(Channel, message.Channel));
    }

    [Fact]
    public async Task A_held_connect_is_answered_as_soon_as_a_message_is_published()
    {
        var device = _clients.Subscribed(Channel);
        var connect = _clients.Connect(device);
        Assert.False(connect.IsCompleted);
        Assert.True(device.IsHeld);

        Assert.Equal(1, _clients.Sessions.Publish(Channel, Json("""{"_action":"ConfirmationDialog"}""")));

        var result = await connect.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["""{"_action":"ConfirmationDialog"}"""], Texts(result));
        Assert.False(device.IsHeld);
    }

    [Fact]
    public async Task A_held_connect_with_nothing_to_deliver_is_answered_empty_when_the_timeout_passes()
    {
        var device = _clients.Subscribed(Channel);
        var connect = _clients.Connect(device);

        _clients.Clock.Advance(_clients.Options.Timeout - TimeSpan.FromMilliseconds(1));
        Assert.False(connect.IsCompleted);
        _clients.Clock.Advance(TimeSpan.FromMilliseconds(1));

        var result = await connect.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ConnectEnd.Delivered, result.End);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public async Task A_connect_that_asks_for_no_hold_is_answered_at_once()
    {
        var device = _clients.Subscribed(Channel);

        var result = await device.Connect(TimeSpan.Zero, _clients.Clock, CancellationToken.None);

        Assert.Equal(ConnectEnd.Delivered, result.End);
    }

    [Fact]
    public async Task A_second_connect_releases_the_held_one_and_takes_over()
    {
        var device = _clients.Subscribed(Channel);
        var first = _clients.Connect(device);

        var second = _clients.Connect(device);

        Assert.Equal(ConnectEnd.Superseded, (await first.WaitAsync(TimeSpan.FromSeconds(5))).End);
        Assert.False(second.IsCompleted);
        _clients.Sessions.Publish(Channel, Json("1"));
        Assert.Equal(["1"], Texts(await second.WaitAsync(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public async Task A_connect_whose_request_goes_away_leaves_what_comes_next_for_the_next_connect()
    {
        var device = _clients.Subscribed(Channel);
        using var request = new CancellationTokenSource();
        var broken = _clients.Connect(device, request.Token);

        await request.CancelAsync();
        Assert.Equal(ConnectEnd.Aborted, (await broken.WaitAsync(TimeSpan.FromSeconds(5))).End);
        _clients.Sessions.Publish(Channel, Json("\"while away\""));

        Assert.Equal(["\"while away\""], Texts(await _clients.Connect(device)));
    }

    [Fact]
    public async Task A_client_removed_while_its_connect_is_held_is_told_so()
    {
        var device = _clients.Subscribed(Channel);
        var connect = _clients.Connect(device);

        _clients.Sessions.Remove(device);

        Assert.Equal(ConnectEnd.Gone, (await connect.WaitAsync(TimeSpan.FromSeconds(5))).End);
        Assert.Equal(ConnectEnd.Gone, (await _clients.Connect(device)).End);
        Assert.Equal(0, _clients.Sessions.Publish(Channel, Json("1")));
    }

    [Fact]
    public async Task A_full_queue_keeps_the_newest_messages()
    {
        var clients = new CometClients(new CometOptions { MaxQueue = 3 });
        var device = clients.Subscribed(Channel);

        for (var n = 1; n <= 5; n++)
            clients.Sessions.Publish(Channel, Json(n.ToString()));

        Assert.Equal(["3", "4", "5"], Texts(await clients.Connect(device)));
        Assert.Equal(2, device.Dropped);
    }

    [Fact]
    public void A_handshake_beyond_the_client_limit_is_refused_until_a_client_leaves()
    {
        var clients = new CometClients(new CometOptions { MaxClients = 2 });
        var first = clients.Sessions.Create()!;
        Assert.NotNull(clients.Sessions.Create());

        Assert.Null(clients.Sessions.Create());

        clients.Sessions.Remove(first);
        Assert.NotNull(clients.Sessions.Create());
        Assert.Equal(2, clients.Sessions.Count);
    }

    [Fact]
    public void Client_ids_are_unguessable_and_distinct()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => _clients.Sessions.Create()!.Id).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(32, id.Length));
    }
}
