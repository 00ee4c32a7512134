namespace Callback.Web.Calendars;

/// <summary>A stretch of time an office is open, as UTC instants: open from <paramref name="Start"/>, closed again at <paramref name="End"/>.</summary>
public sealed record OpenPeriod(DateTimeOffset Start, DateTimeOffset End);
