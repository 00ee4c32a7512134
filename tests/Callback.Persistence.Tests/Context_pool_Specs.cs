using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Outbox;

namespace Callback.Persistence.Tests;

/// <summary>Contexts are pooled; one that comes back from the pool carries nothing of its previous use.</summary>
public class Context_pool_Specs
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void A_reused_context_tracks_nothing_and_has_automatic_savepoints_on_again(DatabaseProvider provider)
    {
        // Nothing here opens a connection: the connection strings only have to parse.
        var contexts = new CallbackDbContextFactory(provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=unused.db",
            DatabaseProvider.Postgres => "Host=unused;Database=callback",
            _ => "Server=unused;Database=callback",
        });

        var first = contexts.CreateDbContext();
        first.Database.AutoSavepointsEnabled = false;
        first.InboxStates.Add(new InboxState { MessageId = Guid.NewGuid(), ConsumerId = Guid.NewGuid() });
        first.Dispose();

        using var second = contexts.CreateDbContext();

        Assert.Same(first, second);
        Assert.Equal(provider, second.Provider);
        Assert.True(second.Database.AutoSavepointsEnabled);
        Assert.Empty(second.ChangeTracker.Entries());
    }
}
