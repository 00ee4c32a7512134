using Callback.Sagas.Messaging.Scheduling;
using Callback.Sagas.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Callback.Persistence.Tests;

/// <summary>
/// A worker's scheduler as a host runs it, from configuration alone: the application's database (migrated as the host
/// starts unless <c>Database:MigrateOnStart</c> is false), the Quartz scheduler endpoint with the options that
/// configuration gives it, and <see cref="ReminderConsumer"/>, on the in-memory bus. The clock stands still where the
/// test puts it, so a host started past a reminder's time finds it overdue.
/// </summary>
public sealed class SchedulerHost :
    IAsyncDisposable
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    static readonly Uri ReminderQueue = new($"queue:{ReminderConsumer.QueueName}");

    readonly IHost _host;

    SchedulerHost(IHost host) => _host = host;

    public IScheduler Quartz => _host.Services.GetRequiredService<IScheduler>();

    public static async Task<SchedulerHost> Start(IConfiguration configuration, DateTimeOffset now)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Services
            .AddSingleton<TimeProvider>(new FakeTimeProvider(now))
            .AddSingleton<Reminders>()
            .AddCallbackDatabase(builder.Configuration);

        builder.Services.AddMassTransit(x =>
        {
            x.AddQuartzSchedulerEndpoint(builder.Configuration);
            x.AddQuartzMessageScheduler(builder.Configuration);
            x.AddConsumer<ReminderConsumer>().Endpoint(e => e.Name = ReminderConsumer.QueueName);
            x.UsingInMemory((context, bus) =>
            {
                bus.UseQuartzMessageScheduler(context);
                bus.ConfigureEndpoints(context);
            });
        });

        // Started means the queues are there and Quartz runs: what is scheduled next is taken at once.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);

        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHost(host);
    }

    /// <summary>Schedules <paramref name="reminder"/> through the bus, and returns once Quartz has stored its trigger.</summary>
    public async Task Schedule(Reminder reminder, DateTimeOffset at)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var scheduled = await scope.ServiceProvider.GetRequiredService<IMessageScheduler>().ScheduleSend(ReminderQueue, at.UtcDateTime, reminder);

        var deadline = DateTime.UtcNow + Deadline;
        while ((await Quartz.GetTrigger(ScheduledMessageKeys.Trigger(scheduled.TokenId)))?.NextFireTimeUtc != at)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {Deadline} for Quartz to store reminder {reminder.ReminderId} due at {at:O}.");
            await Task.Delay(10);
        }
    }

    /// <summary>When <paramref name="reminder"/> arrived, on the host's clock; fails the test if it does not come.</summary>
    public Task<DateTimeOffset> Arrived(Reminder reminder) =>
        _host.Services.GetRequiredService<Reminders>().Of(reminder.ReminderId).WaitAsync(Deadline);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await ((IAsyncDisposable)_host).DisposeAsync();
    }
}
