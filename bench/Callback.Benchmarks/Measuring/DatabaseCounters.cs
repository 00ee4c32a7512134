using Callback.Benchmarks.Hosting;

namespace Callback.Benchmarks.Measuring;

/// <summary>A database's transaction and row counters (<c>pg_stat_database</c>), or the difference of two readings.</summary>
public sealed record DatabaseCounters(long Commits, long Rollbacks, long Inserted, long Updated, long Deleted, long Read)
{
    public static DatabaseCounters operator -(DatabaseCounters later, DatabaseCounters earlier) =>
        new(later.Commits - earlier.Commits, later.Rollbacks - earlier.Rollbacks, later.Inserted - earlier.Inserted,
            later.Updated - earlier.Updated, later.Deleted - earlier.Deleted, later.Read - earlier.Read);

    /// <summary>Each counter per operation, e.g. per saga event.</summary>
    public string Per(double operations) =>
        FormattableString.Invariant(
            $"{Commits / operations:F2} commits, {Rollbacks / operations:F3} rollbacks, {Inserted / operations:F2} rows inserted, {Updated / operations:F2} updated, {Deleted / operations:F2} deleted");
}

/// <summary>The counters' change over a measured window.</summary>
public sealed class DatabaseCounterProbe(BenchDatabase database) :
    IWindowProbe
{
    DatabaseCounters? _opened;

    public DatabaseCounters? Change { get; private set; }

    public async Task Open() => _opened = await database.Counters();

    public async Task Close()
    {
        if (_opened is { } opened)
            Change = await database.Counters() - opened;
    }
}
