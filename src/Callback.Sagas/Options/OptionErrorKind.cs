namespace Callback.Sagas.Options;

/// <summary>What went wrong with a service's options, so the HTTP tier can choose the GMS exception without reading texts.</summary>
public enum OptionErrorKind
{
    /// <summary>No <c>Callback:Services:&lt;name&gt;</c> section: GMS answers <c>CallbackExceptionNotFound</c>.</summary>
    ServiceNotConfigured,

    /// <summary>A known option's text does not read as its type, or its value is out of range.</summary>
    InvalidValue,

    /// <summary>A request tried to change an option that <c>_overwritable_options</c> does not list.</summary>
    NotOverwritable,

    /// <summary>An option the service cannot run without has no value.</summary>
    Missing,

    /// <summary>Each option is valid alone, but together they cannot run.</summary>
    Conflict,
}
