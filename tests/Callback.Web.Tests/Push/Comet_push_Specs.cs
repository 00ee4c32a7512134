using System.Diagnostics.Metrics;
using System.Text.Json;
using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Observability;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Push.Comet;
using Callback.Web.Push;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests.Push;

public sealed class Comet_push_Specs :
    IAsyncDisposable
{
    /// <summary>Stands for the CometD server, which its own specs are about: what the comet pushes were handed to.</summary>
    readonly RecordingCometPublisher _comet = new();
    readonly GenesysApiHost _host;

    public Comet_push_Specs() => _host = new GenesysApiHost(services: services => services.AddSingleton<ICometPublisher>(_comet));

    async Task<UserNotificationRequested> Push(string? notificationId)
    {
        var session = In(nameof(CallbackStateMachine.UserNotified), _host.Now, options: Given.Options(confirm: true));
        await _host.Store(session);

        var push = new UserNotificationRequested
        {
            SessionId = session.CorrelationId,
            DeviceOs = "comet",
            DeviceNotificationId = notificationId,
            Attempt = 2,
            Dialog = new CallbackDialog { Id = session.CorrelationId.ToString(), Text = "An agent is available.", OkTitle = "Ok" },
        };
        await _host.Services.GetRequiredService<IBus>().Publish(push);
        return push;
    }

    [Fact]
    public async Task The_dialog_is_handed_to_the_CometD_subscribers_of_the_device_s_channel_and_the_history_says_to_how_many()
    {
        _comet.Subscribers = 2;
        var instance = _host.Services.GetRequiredService<WebInstance>().Id;

        var push = await Push("device-42");

        var history = await _host.WaitForHistory(push.SessionId, "PushDelivered",
            $"dialog 2 via comet to /_genesys/callback/device-42: attempt 1 of 1, handed to 2 subscribers on instance {instance}");
        var published = Assert.Single(_comet.Published);
        Assert.Equal("/_genesys/callback/device-42", published.Channel);
        Assert.Equal(new Dictionary<string, string>
        {
            ["_id"] = push.SessionId.ToString(),
            ["_action"] = "ConfirmationDialog",
            ["_dialog_id"] = "0",
            ["_text"] = "An agent is available.",
            ["_ok_title"] = "Ok",
        }, published.Data.Deserialize<Dictionary<string, string>>());
        Assert.DoesNotContain(history, h => h.Event == "PushDeliveryFailed");
    }

    [Fact]
    public async Task Without_a_notification_id_the_channel_is_named_by_the_session_id()
    {
        _comet.Subscribers = 0;
        using var deliveries = new MetricCollector<long>(_host.Services.GetRequiredService<IMeterFactory>(), CallbackMetrics.MeterName,
            "callback.push.deliveries");

        var push = await Push(notificationId: null);

        var history = await _host.WaitForHistory(push.SessionId, h => h.Event == "PushDelivered", "the comet push");
        Assert.Equal($"/_genesys/callback/{push.SessionId}", Assert.Single(_comet.Published).Channel);
        Assert.Contains("handed to 0 subscribers on instance ", history.Single(h => h.Event == "PushDelivered").Detail, StringComparison.Ordinal);
        // An instance the device is not connected to counts its hand-off apart from a delivery.
        Assert.Equal([("comet", "no_subscriber")], deliveries.GetMeasurementSnapshot().Select(m => ((string)m.Tags["channel"]!, (string)m.Tags["outcome"]!)));
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
