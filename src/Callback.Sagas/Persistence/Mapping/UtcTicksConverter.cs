using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Callback.Sagas.Persistence.Mapping;

/// <summary>
/// SQLite has no time type: EF Core would store text with the writer's offset, which neither orders nor compares as
/// time. UTC ticks in an INTEGER column do both, so filters and indexes on times work as on the server databases.
/// </summary>
public sealed class UtcTicksConverter() :
    ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
