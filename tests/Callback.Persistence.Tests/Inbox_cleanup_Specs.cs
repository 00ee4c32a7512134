using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Persistence.Tests;

public class Inbox_cleanup_Specs
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_messages_delivered_before_the_duplicate_detection_window_are_forgotten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow();
        var deliveredLongAgo = Inbox(now.AddHours(-2), consumed: now.AddHours(-2), delivered: now.AddMinutes(-31));
        var deliveredRecently = Inbox(now.AddHours(-2), consumed: now.AddHours(-2), delivered: now.AddMinutes(-29));
        var neverDelivered = Inbox(now.AddHours(-2), consumed: now.AddHours(-2), delivered: null);
        await using (var db = database.Context())
        {
            db.InboxStates.AddRange(deliveredLongAgo, deliveredRecently, neverDelivered);
            await db.SaveChangesAsync();
        }

        var cleanup = new InboxCleanupService(database.Contexts, new OutboxSettings { DuplicateDetectionWindow = TimeSpan.FromMinutes(30) }, clock,
            NullLogger<InboxCleanupService>.Instance);
        Assert.Equal(1, await cleanup.RemoveExpired(CancellationToken.None));

        await using var check = database.Context();
        Assert.Equal(new[] { deliveredRecently.MessageId, neverDelivered.MessageId }.Order(),
            (await check.InboxStates.Select(i => i.MessageId).ToListAsync()).Order());
    }

    [Fact]
    public void The_windows_are_read_from_configuration_and_a_bad_value_is_refused_by_name()
    {
        var settings = OutboxSettings.From(Configuration(("Outbox:DuplicateDetectionWindow", "02:00:00"), ("Outbox:CleanupInterval", "00:00:10")));
        Assert.Equal(TimeSpan.FromHours(2), settings.DuplicateDetectionWindow);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.CleanupInterval);

        Assert.Equal(TimeSpan.FromMinutes(30), OutboxSettings.From(Configuration()).DuplicateDetectionWindow);

        var error = Assert.Throws<InvalidOperationException>(() => OutboxSettings.From(Configuration(("Outbox:DuplicateDetectionWindow", "-00:01:00"))));
        Assert.Contains("Outbox:DuplicateDetectionWindow", error.Message, StringComparison.Ordinal);
    }

    static InboxState Inbox(DateTimeOffset received, DateTimeOffset? consumed, DateTimeOffset? delivered) =>
        new() { MessageId = Guid.NewGuid(), ConsumerId = Guid.NewGuid(), Received = received, Consumed = consumed, Delivered = delivered };

    static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
