using System.Diagnostics;

namespace Callback.Benchmarks.Measuring;

/// <summary>
/// Counts, in this process, the database work EF Core does (the saga repository and the outbox; Quartz's job store is
/// plain ADO.NET and not counted): transactions committed, commands executed and the savepoints EF Core takes on its
/// own around a <c>SaveChanges</c> inside a transaction. Read from EF Core's <see cref="DiagnosticListener"/>, which
/// needs no change to the code under test. PostgreSQL's own count (<c>pg_stat_database</c>) also counts the
/// read-only transaction of every <c>DISCARD ALL</c> with which Npgsql resets a pooled connection.
/// </summary>
public sealed class EfStatementCounter :
    IWindowProbe,
    IObserver<DiagnosticListener>,
    IObserver<KeyValuePair<string, object?>>,
    IDisposable
{
    const string Commit = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted";
    const string Command = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    const string Savepoint = "Microsoft.EntityFrameworkCore.Database.Transaction.CreatedTransactionSavepoint";

    readonly IDisposable _subscription;
    readonly List<IDisposable> _listeners = [];
    long _commits;
    long _commands;
    long _savepoints;
    (long Commits, long Commands, long Savepoints) _opened;

    public EfStatementCounter() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public EfWork? Counted { get; private set; }

    public Task Open()
    {
        _opened = Read();
        return Task.CompletedTask;
    }

    public Task Close()
    {
        var now = Read();
        Counted = new EfWork(now.Commits - _opened.Commits, now.Commands - _opened.Commands, now.Savepoints - _opened.Savepoints);
        return Task.CompletedTask;
    }

    (long Commits, long Commands, long Savepoints) Read() => (Interlocked.Read(ref _commits), Interlocked.Read(ref _commands), Interlocked.Read(ref _savepoints));

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_listeners)
                _listeners.Add(listener.Subscribe(this, name => name is Commit or Command or Savepoint));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Key)
        {
            case Commit:
                Interlocked.Increment(ref _commits);
                break;
            case Command:
                Interlocked.Increment(ref _commands);
                break;
            case Savepoint:
                Interlocked.Increment(ref _savepoints);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            foreach (var listener in _listeners)
                listener.Dispose();
        }
    }
}

/// <summary>EF Core's transactions committed, commands executed (each a round trip, except batched ones) and savepoints taken.</summary>
public sealed record EfWork(long Commits, long Commands, long Savepoints)
{
    public string Per(double operations) =>
        $"{Commits / operations:F2} transactions committed, {Commands / operations:F1} commands, {Savepoints / operations:F1} savepoints (each a SAVEPOINT and a RELEASE)";
}
