using Callback.Web.Push.Comet;
using static Callback.Web.Tests.Push.Comet.CometClients;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>Bayeux channel names and wildcards: <c>*</c> is one more segment, <c>**</c> one or more.</summary>
public sealed class Comet_subscription_Specs
{
    readonly CometClients _clients = new();

    [Theory]
    [InlineData("/chat/room", "/chat/room", true)]
    [InlineData("/chat/*", "/chat/room", true)]
    [InlineData("/chat/*", "/chat/room/1", false)]
    [InlineData("/chat/*", "/chat", false)]
    [InlineData("/chat/**", "/chat/room", true)]
    [InlineData("/chat/**", "/chat/room/1", true)]
    [InlineData("/chat/**", "/chat", false)]
    [InlineData("/**", "/chat/room/1", true)]
    [InlineData("/*", "/chat", true)]
    [InlineData("/*", "/chat/room", false)]
    [InlineData("/chat/room", "/chat/room/1", false)]
    [InlineData("/chat/ro*", "/chat/room", false)]
    public void A_subscription_matches_as_Bayeux_says(string subscription, string channel, bool matches) =>
        Assert.Equal(matches, BayeuxChannel.Matches(subscription, channel));

    [Theory]
    [InlineData("/_genesys/callback/abc-123", true)]
    [InlineData("/chat/**", true)]
    [InlineData("/chat/*", true)]
    [InlineData("/chat/**/room", false)]
    [InlineData("/chat//room", false)]
    [InlineData("/chat/", false)]
    [InlineData("chat", false)]
    [InlineData("/", false)]
    [InlineData("/chat/r?om", false)]
    public void A_channel_name_is_valid_as_the_CometD_client_has_it(string channel, bool valid) =>
        Assert.Equal(valid, BayeuxChannel.IsValid(channel));

    [Fact]
    public void A_message_reaches_each_subscriber_once_however_many_of_its_subscriptions_match()
    {
        var everything = _clients.Subscribed("/chat/room", "/chat/*", "/chat/**", "/**");
        var room = _clients.Subscribed("/chat/room");
        var other = _clients.Subscribed("/chat/other", "/news/**");

        Assert.Equal(2, _clients.Sessions.Publish("/chat/room", Json("1")));
        Assert.Equal(1, everything.Queued);
        Assert.Equal(1, room.Queued);
        Assert.Equal(0, other.Queued);
    }

    [Fact]
    public void After_unsubscribing_a_client_receives_nothing_and_the_index_keeps_nothing()
    {
        var device = _clients.Subscribed("/_genesys/callback/abc");

        _clients.Sessions.Unsubscribe(device, "/_genesys/callback/abc");

        Assert.Equal(0, _clients.Sessions.Publish("/_genesys/callback/abc", Json("1")));
        Assert.Equal(0, _clients.Sessions.SubscribedChannels);
    }

    [Fact]
    public void A_removed_client_leaves_nothing_in_the_index()
    {
        var device = _clients.Subscribed("/_genesys/callback/abc", "/chat/**");

        _clients.Sessions.Remove(device);

        Assert.Equal(0, _clients.Sessions.SubscribedChannels);
        _clients.Sessions.Subscribe(device, "/late");
        Assert.Equal(0, _clients.Sessions.SubscribedChannels);
    }

    [Fact]
    public async Task Many_publishers_and_subscribers_at_once_lose_nothing_and_keep_each_publisher_s_order()
    {
        var clients = new CometClients(new CometOptions { MaxQueue = 100_000 });
        var devices = Enumerable.Range(0, 20).Select(n => clients.Subscribed("/load/**")).ToList();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(publisher => Task.Run(() =>
        {
            for (var n = 0; n < 500; n++)
                clients.Sessions.Publish($"/load/{publisher}", Json(n.ToString()));
        })));

        foreach (var device in devices)
        {
            var messages = (await clients.Connect(device)).Messages;
            Assert.Equal(8 * 500, messages.Count);
            foreach (var publisher in messages.GroupBy(message => message.Channel))
                Assert.Equal(Enumerable.Range(0, 500), publisher.Select(message => message.Data.GetInt32()));
        }
    }
}
