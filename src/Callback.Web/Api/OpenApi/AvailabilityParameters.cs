namespace Callback.Web.Api.OpenApi;

/// <summary>The query parameters of the availability endpoints and of the office-hours query, as docs/api.md lists them.</summary>
public static class AvailabilityParameters
{
    const int MostDays = 366;

    static readonly QueryParameter NumberOfDays =
        QueryParameter.Count("number-of-days", "Days from the start, when end is not given; 1 by default.", MostDays);

    static readonly QueryParameter MaxTimeSlots = QueryParameter.Count("max-time-slots", "At most this many slots, the first ones; all by default.");

    public static readonly IReadOnlyList<QueryParameter> V1 =
    [
        QueryParameter.Time("start", "The window's start, ISO 8601 (UTC without an offset); now by default."),
        QueryParameter.Time("end", "The window's end; not with number-of-days. Start plus number-of-days by default."),
        NumberOfDays,
        MaxTimeSlots,
        QueryParameter.Time("timestamp",
            "Every slot of the office's local day that holds this time, past ones included, with the whole of an open period that runs "
            + "over either of its midnights; not with start, end or number-of-days."),
    ];

    public static readonly IReadOnlyList<QueryParameter> V2 =
    [
        QueryParameter.Time("start", "The window's start, ISO 8601; without an offset on the clock of timezone, else UTC. Now by default; not with start-ms."),
        QueryParameter.EpochMilliseconds("start-ms", "The window's start in milliseconds since 1970; not with start."),
        QueryParameter.Time("end", "The window's end, read as start; not with end-ms or number-of-days. Start plus number-of-days by default."),
        QueryParameter.EpochMilliseconds("end-ms", "The window's end in milliseconds since 1970; not with end or number-of-days."),
        NumberOfDays,
        MaxTimeSlots,
        QueryParameter.Text("timezone",
            "An IANA zone (e.g. America/New_York): the clock of start and end given without an offset, and of each slot's localTime. "
            + "The answer has timezone and localTime only when it is given."),
        QueryParameter.Flag("report-busy", "List full slots too, with capacity 0.", byDefault: false),
    ];

    public static readonly IReadOnlyList<QueryParameter> OfficeHours =
    [
        QueryParameter.Time("start", "The question's start, ISO 8601 (UTC without an offset); now by default."),
        QueryParameter.Time("end", "The question's end; not with number-of-days. Without either, the question is about the start alone."),
        QueryParameter.Count("number-of-days", "Days from the start, when end is not given.", MostDays),
    ];
}
