using System.Linq.Expressions;
using Callback.Sagas.StateMachines;

namespace Callback.Web.Api.Management;

/// <summary>
/// One <c>key=value</c> of a query: the record's <paramref name="Key"/> (a record key or a user-data key) must read
/// <paramref name="Value"/>, or with GMS's <c>!</c> prefix (<c>_callback_state=!COMPLETED</c>) must not.
/// </summary>
public sealed record RecordFilter(string Key, string Value, bool Negated)
{
    public static RecordFilter Parse(string key, string value) =>
        value.StartsWith('!') ? new(key, value[1..], true) : new(key, value, false);

    /// <summary>The exact test, on the record as a client reads it. A record without the key does not read the value.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> record) =>
        (record.TryGetValue(Key, out var value) && string.Equals(value, Value, StringComparison.Ordinal)) != Negated;

    /// <summary>
    /// A condition the database can evaluate that every matching session meets (it may let through more), or null
    /// when the key lives where SQL cannot see it (user data, formatted times). The state is narrowed to the saga
    /// states that may read it, since a scheduled session's GMS state depends on the time.
    /// </summary>
    public Expression<Func<CallbackSession, bool>>? Narrowing() => Key switch
    {
        CallbackRecord.Id when Guid.TryParse(Value, out var id) =>
            Negated ? s => s.CorrelationId != id : s => s.CorrelationId == id,
        CallbackRecord.Id => Negated ? null : _ => false,
        CallbackRecord.ServiceName => Negated ? s => s.ServiceName != Value : s => s.ServiceName == Value,
        CallbackRecord.CustomerNumber => Negated ? s => s.CustomerNumber != Value : s => s.CustomerNumber == Value,
        CallbackRecord.Reason => Negated ? s => s.Reason != Value : s => s.Reason == Value,
        CallbackRecord.State => StateNarrowing(),
        _ => null,
    };

    Expression<Func<CallbackSession, bool>> StateNarrowing()
    {
        if (Negated)
        {
            var excluded = GmsCallbackState.SagaStatesThatAlwaysRead(Value);
            return s => !excluded.Contains(s.CurrentState);
        }

        var possible = GmsCallbackState.SagaStatesThatMayRead(Value);
        return s => possible.Contains(s.CurrentState);
    }
}
