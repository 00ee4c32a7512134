using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Callback.Sagas.Persistence.Mapping;

/// <summary>
/// A property kept as one JSON text column, the same on every provider. Change tracking runs on every load and save
/// of a session, so it does not serialize: each kind of value gets a comparer that compares and snapshots it in memory
/// (bench/README.md measured the serializing one among the costs of a saga event), and still sees every change the saga
/// makes, in place or by replacing the value.
/// </summary>
public static class JsonColumn
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// An immutable record (all the way down), only ever changed by assigning another: the snapshot is the value itself,
    /// and the record's equality compares.
    /// </summary>
    public static PropertyBuilder<T> HasJsonRecordConversion<T>(this PropertyBuilder<T> property)
        where T : class, IEquatable<T> =>
        property.HasJsonConversion(new ValueComparer<T>(
            (left, right) => Equals(left, right),
            v => v.GetHashCode(),
            v => v));

    /// <summary>A list of immutable items, added to in place: the snapshot is a copy of the list, compared item by item.</summary>
    public static PropertyBuilder<List<TItem>> HasJsonListConversion<TItem>(this PropertyBuilder<List<TItem>> property)
        where TItem : class, IEquatable<TItem> =>
        property.HasJsonConversion(new ValueComparer<List<TItem>>(
            (left, right) => SameItems(left, right),
            v => v.Count,
            v => new List<TItem>(v)));

    /// <summary>Strings by string, changed in place: the snapshot is a copy, compared entry by entry.</summary>
    public static PropertyBuilder<Dictionary<string, string>> HasJsonDictionaryConversion(this PropertyBuilder<Dictionary<string, string>> property) =>
        property.HasJsonConversion(new ValueComparer<Dictionary<string, string>>(
            (left, right) => SameEntries(left, right),
            v => v.Count,
            v => new Dictionary<string, string>(v, v.Comparer)));

    public static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, Json);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException($"A {typeof(T).Name} column holds null.");

    static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, ValueComparer<T> comparer)
        where T : class =>
        property.HasConversion(new ValueConverter<T, string>(v => Serialize(v), v => Deserialize<T>(v)), comparer);

    static bool SameItems<TItem>(List<TItem>? left, List<TItem>? right)
        where TItem : class, IEquatable<TItem> =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    static bool SameEntries(Dictionary<string, string>? left, Dictionary<string, string>? right)
    {
        if (ReferenceEquals(left, right))
            return true;
        if (left is null || right is null || left.Count != right.Count)
            return false;
        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}
