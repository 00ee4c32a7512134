namespace Callback.Sagas.Options;

/// <summary>The units of a GMS period such as <c>_reject_future_desired_time</c>, with the letter GMS writes for each.</summary>
public enum CalendarPeriodUnit
{
    /// <summary><c>y</c>.</summary>
    Year,

    /// <summary><c>M</c>: upper case, because <c>m</c> is a minute.</summary>
    Month,

    /// <summary><c>w</c>.</summary>
    Week,

    /// <summary><c>d</c>.</summary>
    Day,

    /// <summary><c>h</c>.</summary>
    Hour,

    /// <summary><c>m</c>.</summary>
    Minute,
}
