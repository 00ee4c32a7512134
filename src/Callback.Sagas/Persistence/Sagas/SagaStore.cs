using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Callback.Sagas.Persistence.Sagas;

/// <summary>
/// The database side of the saga repository, on one <see cref="DbContext"/>, with optimistic concurrency on
/// <see cref="ISagaVersion.Version"/>: every write increments it, and an update or delete only touches the row if it
/// still has the version that was loaded. A lost race surfaces as <see cref="SagaConcurrencyException"/>, never as a
/// silent overwrite.
/// </summary>
public sealed class SagaStore<TSaga>(DbContext db)
    where TSaga : class, ISaga, ISagaVersion
{
    const string InsertSavepoint = "saga_insert";

    // The load by id runs for every message: compiled, EF Core skips looking its plan up by the expression tree. A
    // compiled query serves one model only, and each provider has its own, so there is one per model, held weakly so
    // that it never keeps a model alive.
    static readonly ConditionalWeakTable<IModel, Func<DbContext, Guid, CancellationToken, Task<TSaga?>>> LoadById = new();

    public DbContext DbContext => db;

    /// <summary>The instance as the database has it now, tracked for <see cref="Update"/> or <see cref="Delete"/>; null if there is none.</summary>
    public async Task<TSaga?> Load(Guid correlationId, CancellationToken cancellationToken = default)
    {
        // A tracked instance (a context reused across retries) would be returned as it is, not as the database has it.
        Forget(entry => entry.Entity.CorrelationId == correlationId);
        var load = LoadById.GetValue(db.Model, _ => EF.CompileAsyncQuery((DbContext context, Guid id, CancellationToken _) =>
            context.Set<TSaga>().SingleOrDefault(x => x.CorrelationId == id)));
        return await load(db, correlationId, cancellationToken);
    }

    /// <summary>The matching instances, tracked; the filter is translated to SQL.</summary>
    public async Task<List<TSaga>> Query(Expression<Func<TSaga, bool>> filter, CancellationToken cancellationToken = default)
    {
        Forget(_ => true);
        return await db.Set<TSaga>().Where(filter).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts a new instance; false, with nothing changed, when one with its id already exists. Inside a transaction
    /// the attempt is wrapped in a savepoint: a failed statement aborts a PostgreSQL transaction, and the caller goes on
    /// to load the existing instance in that same transaction.
    /// </summary>
    public async Task<bool> TryInsert(TSaga instance, CancellationToken cancellationToken = default)
    {
        Forget(entry => entry.Entity.CorrelationId == instance.CorrelationId);
        var transaction = db.Database.CurrentTransaction;
        var savepoint = transaction?.SupportsSavepoints == true;
        if (savepoint)
            await transaction!.CreateSavepointAsync(InsertSavepoint, cancellationToken);

        instance.Version++;
        var entry = db.Set<TSaga>().Add(instance);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            entry.State = EntityState.Detached;
            instance.Version--;
            if (savepoint)
                await transaction!.RollbackToSavepointAsync(InsertSavepoint, cancellationToken);
            return false;
        }

        if (savepoint)
            await transaction!.ReleaseSavepointAsync(InsertSavepoint, cancellationToken);
        return true;
    }

    /// <summary>Saves a new instance that was created in memory (after MassTransit's <c>Add</c>).</summary>
    public async Task Save(TSaga instance, CancellationToken cancellationToken = default)
    {
        Forget(entry => entry.Entity.CorrelationId == instance.CorrelationId);
        instance.Version++;
        db.Set<TSaga>().Add(instance);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            throw new SagaConcurrencyException($"{typeof(TSaga).Name} {instance.CorrelationId} was created by another message first.",
                typeof(TSaga), instance.CorrelationId, exception);
        }
    }

    /// <summary>Saves a loaded instance, if nobody saved it since it was loaded.</summary>
    public async Task Update(TSaga instance, CancellationToken cancellationToken = default)
    {
        var entry = Tracked(instance);

        // The loaded version stays the entry's original value, which is what the UPDATE's WHERE compares with.
        instance.Version = entry.Property(x => x.Version).OriginalValue + 1;
        await SaveChecked(instance, cancellationToken);
    }

    /// <summary>Deletes a loaded instance, if nobody saved it since it was loaded.</summary>
    public async Task Delete(TSaga instance, CancellationToken cancellationToken = default)
    {
        Tracked(instance).State = EntityState.Deleted;
        await SaveChecked(instance, cancellationToken);
    }

    /// <summary>Forgets an instance that was never saved.</summary>
    public void Discard(TSaga instance)
    {
        var entry = db.Entry(instance);
        if (entry.State != EntityState.Detached)
            entry.State = EntityState.Detached;
    }

    /// <summary>Puts a loaded instance back as it was loaded, so that nothing of it is saved.</summary>
    public void Undo(TSaga instance)
    {
        var entry = db.Entry(instance);
        if (entry.State is EntityState.Detached or EntityState.Added)
            return;

        entry.CurrentValues.SetValues(entry.OriginalValues);
        entry.State = EntityState.Unchanged;
    }

    async Task SaveChecked(TSaga instance, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new SagaConcurrencyException(
                $"{typeof(TSaga).Name} {instance.CorrelationId} was changed by another message since it was loaded.",
                typeof(TSaga), instance.CorrelationId, exception);
        }
    }

    EntityEntry<TSaga> Tracked(TSaga instance)
    {
        var entry = db.Entry(instance);
        return entry.State is EntityState.Unchanged or EntityState.Modified
            ? entry
            : throw new InvalidOperationException(
                $"{typeof(TSaga).Name} {instance.CorrelationId} is {entry.State}: only an instance this store loaded or inserted can be saved.");
    }

    void Forget(Func<EntityEntry<TSaga>, bool> which)
    {
        foreach (var entry in db.ChangeTracker.Entries<TSaga>().Where(which).ToList())
            entry.State = EntityState.Detached;
    }
}
