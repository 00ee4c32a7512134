using Callback.Web.Push.Comet;
using static Callback.Web.Tests.Push.Comet.CometClients;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>
/// A client that stops connecting (app closed, network lost) is forgotten once it has been away longer than the
/// timeout plus maxInterval; one that comes back in time gets everything published meanwhile.
/// </summary>
public sealed class Comet_client_expiry_Specs : IDisposable
{
    const string Channel = "/_genesys/callback/abc";

    readonly CometClients _clients = new();
    readonly CometSweeper _sweeper;

    public Comet_client_expiry_Specs()
    {
        _sweeper = new CometSweeper(_clients.Sessions, _clients.Clock);
        _sweeper.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    TimeSpan Expiry => _clients.Options.Timeout + _clients.Options.MaxInterval;

    [Fact]
    public void A_client_that_does_not_connect_within_timeout_plus_max_interval_is_removed()
    {
        var device = _clients.Subscribed(Channel);

        _clients.Clock.Advance(Expiry);
        Assert.Equal(device, _clients.Sessions.Find(device.Id));

        _clients.Clock.Advance(CometSweeper.Period + CometSweeper.Period);
        Assert.Null(_clients.Sessions.Find(device.Id));
        Assert.Equal(0, _clients.Sessions.Count);
        Assert.Equal(0, _clients.Sessions.SubscribedChannels);
        Assert.Equal(0, _clients.Sessions.Publish(Channel, Json("1")));
    }

    [Fact]
    public async Task A_message_published_while_the_client_was_away_arrives_when_it_reconnects_in_time()
    {
        var device = _clients.Subscribed(Channel);
        await device.Connect(TimeSpan.Zero, _clients.Clock, CancellationToken.None);

        _clients.Clock.Advance(Expiry - TimeSpan.FromSeconds(1));
        _clients.Sessions.Publish(Channel, Json("\"first\""));
        _clients.Sessions.Publish(Channel, Json("\"second\""));
        _clients.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["\"first\"", "\"second\""], Texts(await _clients.Connect(device)));
    }

    [Fact]
    public async Task A_client_whose_connect_is_held_is_never_removed()
    {
        var device = _clients.Subscribed(Channel);
        var connect = device.Connect(TimeSpan.FromHours(1), _clients.Clock, CancellationToken.None);

        _clients.Clock.Advance(Expiry * 3);

        Assert.Equal(device, _clients.Sessions.Find(device.Id));
        _clients.Sessions.Publish(Channel, Json("1"));
        Assert.Equal(["1"], Texts(await connect.WaitAsync(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public async Task The_time_away_counts_from_the_end_of_the_last_connect()
    {
        var device = _clients.Subscribed(Channel);
        var connect = _clients.Connect(device);
        _clients.Clock.Advance(_clients.Options.Timeout);
        await connect.WaitAsync(TimeSpan.FromSeconds(5));

        _clients.Clock.Advance(Expiry);
        Assert.NotNull(_clients.Sessions.Find(device.Id));
        _clients.Clock.Advance(CometSweeper.Period + CometSweeper.Period);
        Assert.Null(_clients.Sessions.Find(device.Id));
    }

    public void Dispose() => _sweeper.Dispose();
}
