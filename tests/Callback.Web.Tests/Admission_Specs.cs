using Callback.Sagas.Options;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Admission;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Web.Tests;

/// <summary>The limits GMS's functional tests hold a service to, counted from the sessions in a database of the test's own.</summary>
public sealed class Admission_Specs :
    IAsyncLifetime
{
    const string Service = "user-immediate";
    const string Number = "+16505550100";

    readonly string _file = Path.Combine(Path.GetTempPath(), $"callback-admission-{Guid.NewGuid():N}.db");
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    CallbackDbContextFactory _contexts = null!;

    static readonly ServiceOptions Options = new() { ServiceName = Service, Target = "Billing@Stat_Server.GA" };

    public async Task InitializeAsync()
    {
        _contexts = new CallbackDbContextFactory(DatabaseProvider.Sqlite, $"Data Source={_file}");
        await using var db = _contexts.CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_queue_limit_counts_queued_callbacks_only_and_a_cancel_frees_a_place()
    {
        var admission = Admission(("_max_queued_callbacks_per_service", "2"));
        await Store(state: nameof(CallbackStateMachine.WaitingForAgent));
        await Store(state: nameof(CallbackStateMachine.Scheduled), desired: _clock.GetUtcNow().AddHours(5));
        Assert.Null(await Check(admission));

        var second = await Store(state: nameof(CallbackStateMachine.UserNotified));
        Assert.Equal($"Limit of queued callbacks for {Service} is reached.", (await Check(admission))?.Message);

        await Complete(second);
        Assert.Null(await Check(admission));
    }

    [Fact]
    public async Task A_queue_limit_of_0_refuses_everything_and_a_callback_scheduled_beyond_the_buffer_is_exempt()
    {
        var admission = Admission(("_max_queued_callbacks_per_service", "0"));

        Assert.NotNull(await Check(admission));
        Assert.Null(await Check(admission, desired: _clock.GetUtcNow().AddHours(2)));
    }

    [Fact]
    public async Task The_first_throttle_rule_is_reported_when_both_are_exceeded_and_a_window_of_0_turns_a_rule_off()
    {
        for (var i = 0; i < 3; i++)
            await Store(state: nameof(CallbackStateMachine.Completed), number: $"+1650555010{i}");

        var both = Admission(("_throttle_callbacks_per_service_1", "3"), ("_throttle_callbacks_per_service_2", "2"));
        Assert.Equal($"Limit of queued callbacks for {Service} is reached for interval 300s.", (await Check(both))?.Message);

        var secondOnly = Admission(("_throttle_callbacks_per_service_1", "3"), ("_throttle_ttl_1", "0"), ("_throttle_callbacks_per_service_2", "2"));
        Assert.Equal($"Limit of queued callbacks for {Service} is reached for interval 3600s.", (await Check(secondOnly))?.Message);

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Null(await Check(both));
    }

    [Fact]
    public async Task A_number_may_ask_six_times_a_day_and_a_new_day_resets_it()
    {
        var admission = Admission();
        for (var i = 0; i < 6; i++)
            await Store(state: nameof(CallbackStateMachine.Completed));

        Assert.Equal(
            "Callback for _customer_number=+16505550100 rejected because previous callbacks for this parameter were requested for more than 6 times today.",
            (await Check(admission))?.Message);
        Assert.Null(await Check(admission, number: "+16505550199"));

        _clock.Advance(TimeSpan.FromHours(12));
        Assert.Null(await Check(admission));
    }

    [Theory]
    [InlineData("true", 2)]
    [InlineData("strict", 1)]
    public async Task In_queue_checking_refuses_a_number_with_callbacks_already_queued(string checking, int queued)
    {
        var admission = Admission();
        var service = Options with { InQueueChecking = checking == "strict" ? InQueueChecking.Strict : InQueueChecking.On };
        for (var i = 1; i < queued; i++)
            await Store(state: nameof(CallbackStateMachine.WaitingForAgent));
        Assert.Null(await Check(admission, service));

        await Store(state: nameof(CallbackStateMachine.WaitingForAgent));

        Assert.Contains("_enable_in_queue_checking", (await Check(admission, service))?.Message, StringComparison.Ordinal);
        Assert.Null(await Check(admission, service with { InQueueChecking = InQueueChecking.Off }));
    }

    [Fact]
    public void Limits_follow_GMS_s_inheritance_an_empty_value_inherits_and_minus_one_means_the_default()
    {
        var reader = new ServiceLimitsReader(Configuration(
            ("Callback:Defaults:max_queued_callbacks_per_service", "50"),
            ("Callback:Defaults:_throttle_callbacks_per_service_1", "40"),
            ($"Callback:Services:{Service}:_max_queued_callbacks_per_service", ""),
            ($"Callback:Services:{Service}:_throttle_callbacks_per_service_1", "-1"),
            ($"Callback:Services:{Service}:_throttle_request_parameters_limit", "3")));

        var limits = reader.Read(Service);

        Assert.Equal(50, limits.MaxQueued);
        Assert.Equal(new ThrottleRule(500, TimeSpan.FromSeconds(300)), limits.First);
        Assert.Equal(new ThrottleRule(1000, TimeSpan.FromSeconds(3600)), limits.Second);
        Assert.Equal(3, limits.PerCustomerPerDay);
    }

    Task<AdmissionRefusal?> Check(CallbackAdmission admission, string number = Number, DateTimeOffset? desired = null) =>
        Check(admission, Options, number, desired);

    async Task<AdmissionRefusal?> Check(CallbackAdmission admission, ServiceOptions service, string number = Number, DateTimeOffset? desired = null)
    {
        await using var db = _contexts.CreateDbContext();
        return await admission.Check(db, service, number, desired, CancellationToken.None);
    }

    CallbackAdmission Admission(params (string Key, string Value)[] serviceSettings) =>
        new(new ServiceLimitsReader(Configuration(serviceSettings.Select(s => ($"Callback:Services:{Service}:{s.Key}", s.Value)).ToArray())), _clock);

    static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    async Task<Guid> Store(string state, string number = Number, DateTimeOffset? desired = null)
    {
        var request = Given.Callback(Given.Options(), desired, _clock.GetUtcNow());
        await using var db = _contexts.CreateDbContext();
        db.Sessions.Add(new CallbackSession
        {
            CorrelationId = request.SessionId, CurrentState = state, ServiceName = Service, CustomerNumber = number,
            DesiredTime = desired, CreatedAt = _clock.GetUtcNow(), ExpirationTime = _clock.GetUtcNow().AddDays(1), Options = request.Options,
        });
        await db.SaveChangesAsync();
        return request.SessionId;
    }

    async Task Complete(Guid sessionId)
    {
        await using var db = _contexts.CreateDbContext();
        await db.Sessions.Where(s => s.CorrelationId == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CurrentState, nameof(CallbackStateMachine.Completed)));
    }
}
