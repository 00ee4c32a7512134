using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Callback.Sagas.Persistence.Mapping;

/// <summary>
/// A property kept as one JSON text column, the same on every provider. Change tracking compares the serialized text
/// and snapshots a deep copy, so an entry added to a session's history or user data is seen as a change and saved.
/// </summary>
public static class JsonColumn
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class =>
        property.HasConversion(
            new ValueConverter<T, string>(v => Serialize(v), v => Deserialize<T>(v)),
            new ValueComparer<T>(
                (left, right) => Serialize(left) == Serialize(right),
                v => Serialize(v).GetHashCode(StringComparison.Ordinal),
                v => Deserialize<T>(Serialize(v))));

    public static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, Json);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException($"A {typeof(T).Name} column holds null.");
}
