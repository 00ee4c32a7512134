using Callback.Sagas.Messaging.Scheduling;
using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Callback.Scheduling.Tests;

/// <summary>
/// A bus on MassTransit's in-memory test harness that schedules through the Quartz scheduler endpoint, with a clock the
/// test moves. Quartz waits for its next trigger on a timer of that clock, so moving the clock is what fires a message;
/// nothing here waits for time to pass. What does take real time (a message crossing the bus, Quartz storing a
/// trigger) is waited for by polling, with a generous deadline.
/// </summary>
public sealed class SchedulerTestHost :
    IAsyncDisposable
{
    /// <summary>A Wednesday in the seed's trace, 08:00 UTC; far from the real clock, so a real-time slip would show.</summary>
    public static readonly DateTimeOffset Start = new(2014, 7, 30, 8, 0, 0, TimeSpan.Zero);

    public static readonly Uri Appointments = new($"queue:{AppointmentConsumerDefinition.QueueName}");

    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    readonly ServiceProvider _provider;
    readonly Arrivals _arrivals;

    static SchedulerTestHost()
    {
        // An appointment is scheduled under its own id, as a request timeout is under its request id.
        ScheduleTokenId.UseTokenId<Appointment>(a => a.AppointmentId);
    }

    SchedulerTestHost(ServiceProvider provider, FakeTimeProvider clock)
    {
        _provider = provider;
        Clock = clock;
        Harness = provider.GetRequiredService<ITestHarness>();
        Quartz = provider.GetRequiredService<IScheduler>();
        Reminders = Harness.GetSagaStateMachineHarness<ReminderStateMachine, ReminderSession>();
        _arrivals = provider.GetRequiredService<Arrivals>();
    }

    public FakeTimeProvider Clock { get; }
    public ITestHarness Harness { get; }
    public IScheduler Quartz { get; }
    public ISagaStateMachineTestHarness<ReminderStateMachine, ReminderSession> Reminders { get; }
    public IServiceProvider Services => _provider;
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Starts the bus with the scheduler endpoint, the appointments queue and the reminder saga, its clock at
    /// <paramref name="now"/> (<see cref="Start"/> by default). <paramref name="options"/> changes the scheduler's options;
    /// <paramref name="bus"/> adds to the bus's configuration.
    /// </summary>
    public static async Task<SchedulerTestHost> StartAsync(Action<MessageSchedulerOptions>? options = null,
        Action<IBusFactoryConfigurator>? bus = null, DateTimeOffset? now = null)
    {
        var clock = new FakeTimeProvider(now ?? Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<Arrivals>();

        // Each host's scheduler has a name of its own, so tests running side by side never share one.
        var instanceName = $"scheduling-tests-{Guid.NewGuid():N}";
        void Configure(MessageSchedulerOptions o)
        {
            o.InstanceName = instanceName;
            options?.Invoke(o);
        }

        services.AddMassTransitTestHarness(x =>
        {
            x.AddQuartzSchedulerEndpoint(configure: Configure);
            x.AddQuartzMessageScheduler(configure: Configure);
            x.AddConsumer<AppointmentConsumer, AppointmentConsumerDefinition>();
            x.AddSagaStateMachine<ReminderStateMachine, ReminderSession>();

            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseQuartzMessageScheduler(context);
                bus?.Invoke(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });

        var provider = services.BuildServiceProvider(true);
        await provider.GetRequiredService<ITestHarness>().Start();

        return new SchedulerTestHost(provider, clock);
    }

    /// <summary>Schedules <paramref name="appointment"/> for the appointments queue through the bus's <see cref="IMessageScheduler"/>.</summary>
    public async Task<ScheduledMessage<Appointment>> Schedule(Appointment appointment, DateTimeOffset at,
        Action<SendContext<Appointment>>? configure = null)
    {
        await using var scope = _provider.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();

        return await scheduler.ScheduleSend(Appointments, at.UtcDateTime, appointment, Pipe.Execute<SendContext<Appointment>>(c => configure?.Invoke(c)));
    }

    public async Task Cancel(Guid tokenId)
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageScheduler>().CancelScheduledSend(Appointments, tokenId);
    }

    /// <summary>Waits until Quartz holds the trigger of <paramref name="tokenId"/>, due at <paramref name="at"/> when that is given.</summary>
    public Task<ITrigger> Scheduled(Guid tokenId, DateTimeOffset? at = null) =>
        WaitFor(async () => await Quartz.GetTrigger(ScheduledMessageKeys.Trigger(tokenId)) is { } trigger
                && (at is null || trigger.NextFireTimeUtc == at)
                ? trigger
                : null,
            at is null ? $"a trigger for token {tokenId}" : $"the trigger of token {tokenId} to be due at {at:O}");

    /// <summary>Waits until Quartz holds no trigger for <paramref name="tokenId"/>.</summary>
    public Task Unscheduled(Guid tokenId) =>
        WaitFor(async () => await Quartz.Exists(ScheduledMessageKeys.Trigger(tokenId)) ? null : this, $"the trigger of token {tokenId} to go");

    /// <summary>Moves the clock; Quartz fires what falls due on its own threads, which the waits below catch up with.</summary>
    public void Advance(TimeSpan by) => Clock.Advance(by);

    public void AdvanceTo(DateTimeOffset time) => Clock.Advance(time - Now);

    public Task<Arrival> Arrived(Guid appointmentId) =>
        WaitFor(() => Task.FromResult(ArrivalsOf(appointmentId) is [var first, ..] ? first : null), $"appointment {appointmentId} to arrive");

    public IReadOnlyList<Arrival> ArrivalsOf(Guid appointmentId) => _arrivals.Of(appointmentId);

    /// <summary>
    /// Sends a marker due one second from now, moves the clock to it and waits for it to arrive: Quartz fires in order of
    /// fire time, so by then every message that was due before has been sent.
    /// </summary>
    public async Task FireEverythingDue()
    {
        var marker = new Appointment(NewId.NextGuid(), "marker");
        var at = Now.AddSeconds(1);
        await Schedule(marker, at);
        await Scheduled(marker.AppointmentId, at);
        AdvanceTo(at);
        await Arrived(marker.AppointmentId);
    }

    /// <summary>Waits until the reminder saga is saved in <paramref name="state"/>.</summary>
    public async Task<ReminderSession> Reminder(Guid reminderId, Func<ReminderStateMachine, State> state)
    {
        var found = await Reminders.Exists(reminderId, state, Deadline);
        return found is null
            ? throw new TimeoutException($"Reminder {reminderId} did not reach {state(Reminders.StateMachine).Name}.")
            : Reminders.Sagas.Contains(reminderId)!;
    }

    /// <summary>Polls <paramref name="find"/> until it finds something; fails the test after the deadline.</summary>
    public static async Task<T> WaitFor<T>(Func<Task<T?>> find, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (await find() is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {Deadline} for {what}; it did not happen.");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
