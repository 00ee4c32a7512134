using System.Text.Json.Serialization;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Calendars;

/// <summary>The calendar service's answer: <c>error</c> null, the office's time zone, its open periods in order.</summary>
public sealed record OfficeHoursAnswer(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("timezone")] string Timezone,
    [property: JsonPropertyName("periods")] IReadOnlyList<OfficeHoursAnswer.Period> Periods)
{
    /// <summary>An open period: UTC instants as GMS writes them, and the office's wall clock.</summary>
    public sealed record Period(
        [property: JsonPropertyName("start")] string Start,
        [property: JsonPropertyName("end")] string End,
        [property: JsonPropertyName("localStart")] string LocalStart,
        [property: JsonPropertyName("localEnd")] string LocalEnd)
    {
        public static Period Of(OpenPeriod period, TimeZoneInfo zone) =>
            new(GmsTime.Utc(period.Start), GmsTime.Utc(period.End), GmsTime.Local(period.Start, zone), GmsTime.Local(period.End, zone));
    }
}
