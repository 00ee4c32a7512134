using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Callback.Sagas.Persistence.Mapping;

/// <summary>
/// Stores a time as the same instant at offset zero. The instant round-trips exactly; the offset the writer used does
/// not (GMS answers in UTC anyway), which is what lets PostgreSQL, SQL Server and SQLite agree.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() :
    ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
