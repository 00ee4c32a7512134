using System.Diagnostics.Metrics;
using System.Text.Json;
using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Observability;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Push.Comet;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Callback.Web.Tests.StoredSessions;

namespace Callback.Web.Tests.Push;

public sealed class Httpcb_push_Specs :
    IAsyncDisposable
{
    /// <summary>Stands for the CometD server, which its own specs are about: what the comet pushes were handed to.</summary>
    readonly RecordingCometPublisher _comet = new();
    readonly GenesysApiHost _host;

    HttpReceiver _device = null!;
    BusClock _time = null!;

    public Httpcb_push_Specs() => _host = new GenesysApiHost(services: services => services.AddSingleton<ICometPublisher>(_comet));

    async Task Start(int failFirst = 0)
    {
        _device = await HttpReceiver.StartAsync(failFirst);
        _time = new BusClock(_host.Clock, _host.Services.GetRequiredService<IBus>(), TimeSpan.FromSeconds(30));
    }

    async Task<UserNotificationRequested> Push(string deviceOs, string? notificationId, int maxAttempts = 3)
    {
        var session = In(nameof(CallbackStateMachine.UserNotified), _host.Now, options: Given.Options(confirm: true));
        await _host.Store(session);

        var push = new UserNotificationRequested
        {
            SessionId = session.CorrelationId,
            DeviceOs = deviceOs,
            DeviceNotificationId = notificationId,
            Attempt = 1,
            MaxDeliveryAttempts = maxAttempts,
            Dialog = new CallbackDialog { Id = session.CorrelationId.ToString(), Text = "An agent is available.", OkTitle = "Ok" },
        };
        await _time.Publish(push);
        return push;
    }

    static string Next(DateTimeOffset at) => $"next attempt at {at:O}";

    [Fact]
    public async Task The_dialog_is_POSTed_as_GMS_JSON_to_the_device_URL_and_the_history_says_it_was_delivered()
    {
        await Start();
        var url = _device.Url("/devices/42?token=abc");

        var push = await Push("httpcb", url);

        var request = Assert.Single(await _device.Received(1));
        Assert.Equal("/devices/42", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(new Dictionary<string, string>
        {
            ["_id"] = push.SessionId.ToString(),
            ["_action"] = "ConfirmationDialog",
            ["_dialog_id"] = "0",
            ["_text"] = "An agent is available.",
            ["_ok_title"] = "Ok",
        }, JsonSerializer.Deserialize<Dictionary<string, string>>(request.Body));
        var history = await _host.WaitForHistory(push.SessionId, "PushDelivered", $"dialog 1 via httpcb to {url}: attempt 1 of 3, HTTP 200");
        Assert.Equal(("UserNotified", "UserNotified"), (history[^1].From, history[^1].To));
    }

    [Fact]
    public async Task A_device_that_fails_twice_gets_the_dialog_on_the_third_attempt_after_the_backoff_and_each_attempt_is_recorded()
    {
        await Start(failFirst: 2);
        using var deliveries = new MetricCollector<long>(_host.Services.GetRequiredService<IMeterFactory>(), CallbackMetrics.MeterName,
            "callback.push.deliveries");
        var url = _device.Url("/devices/42");
        var start = _host.Now;

        var push = await Push("httpcb", url, maxAttempts: 3);
        await _host.WaitForHistory(push.SessionId, "PushDeliveryFailed",
            $"dialog 1 via httpcb to {url}: attempt 1 of 3 failed, HTTP 503; {Next(start.AddSeconds(5))}");

        await _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Single(_device.Requests);

        await _time.Advance(TimeSpan.FromSeconds(1));
        await _host.WaitForHistory(push.SessionId, "PushDeliveryFailed",
            $"dialog 1 via httpcb to {url}: attempt 2 of 3 failed, HTTP 503; {Next(start.AddSeconds(20))}");

        await _time.Advance(TimeSpan.FromSeconds(15));
        var history = await _host.WaitForHistory(push.SessionId, "PushDelivered", $"dialog 1 via httpcb to {url}: attempt 3 of 3, HTTP 200");

        Assert.Equal([503, 503, 200], _device.Requests.Select(r => r.AnsweredWith));
        Assert.Single(_device.Requests.Select(r => r.Body).Distinct());
        Assert.Equal(["PushDeliveryFailed", "PushDeliveryFailed", "PushDelivered"],
            history.Where(h => h.Event.StartsWith("Push", StringComparison.Ordinal)).Select(h => h.Event));
        Assert.Equal([("httpcb", "retrying"), ("httpcb", "retrying"), ("httpcb", "delivered")],
            deliveries.GetMeasurementSnapshot().Select(m => ((string)m.Tags["channel"]!, (string)m.Tags["outcome"]!)));
    }

    [Fact]
    public async Task After_max_notify_delivery_attempts_failures_the_push_is_given_up_and_never_tried_again()
    {
        await Start(failFirst: int.MaxValue);
        var url = _device.Url("/devices/42");

        var push = await Push("httpcb", url, maxAttempts: 2);
        await _host.WaitForHistory(push.SessionId, "PushDeliveryFailed",
            $"dialog 1 via httpcb to {url}: attempt 1 of 2 failed, HTTP 503; {Next(_host.Now.AddSeconds(5))}");
        await _time.Advance(TimeSpan.FromSeconds(5));
        await _host.WaitForHistory(push.SessionId, "PushDeliveryFailed", $"dialog 1 via httpcb to {url}: attempt 2 of 2 failed, HTTP 503; given up");

        await _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(2, _device.Requests.Count);
    }

    [Fact]
    public async Task A_device_URL_that_refuses_connections_is_a_failed_attempt_too()
    {
        await Start();
        var url = _device.Url("/devices/42");
        await _device.DisposeAsync();

        var push = await Push("httpcb", url, maxAttempts: 1);

        var failed = (await _host.WaitForHistory(push.SessionId, h => h.Event == "PushDeliveryFailed", "the failed attempt"))
            .Single(h => h.Event == "PushDeliveryFailed");
        Assert.StartsWith($"dialog 1 via httpcb to {url}: attempt 1 of 1 failed, ", failed.Detail, StringComparison.Ordinal);
        Assert.EndsWith("; given up", failed.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("httpcb", null, "dialog 1 via httpcb: attempt 1 of 3 failed, no URL to POST to (_device_notification_id is empty); given up", "given_up")]
    [InlineData("httpcb", "devices/42", "dialog 1 via httpcb to devices/42: attempt 1 of 3 failed, 'devices/42' is not an absolute http or https URL; given up", "given_up")]
    [InlineData("gcm", "token-1", "dialog 1 via gcm to token-1: attempt 1 of 1 failed, device OS gcm is not supported (comet and httpcb are); given up", "unsupported")]
    public async Task A_push_that_cannot_be_sent_is_given_up_at_once_with_the_reason(string deviceOs, string? notificationId, string detail, string outcome)
    {
        await Start();
        using var deliveries = new MetricCollector<long>(_host.Services.GetRequiredService<IMeterFactory>(), CallbackMetrics.MeterName,
            "callback.push.deliveries");

        var push = await Push(deviceOs, notificationId);

        await _host.WaitForHistory(push.SessionId, "PushDeliveryFailed", detail);
        Assert.Empty(_device.Requests);
        Assert.Empty(_comet.Published);
        Assert.Equal([(deviceOs, outcome)], deliveries.GetMeasurementSnapshot().Select(m => ((string)m.Tags["channel"]!, (string)m.Tags["outcome"]!)));
    }

    public async ValueTask DisposeAsync()
    {
        await _device.DisposeAsync();
        await _host.DisposeAsync();
    }
}
