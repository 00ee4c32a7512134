namespace Callback.Sagas.Options;

/// <summary>A start request taken apart: the options it runs with, and its keys sorted by what they are for.</summary>
public sealed record MergedRequest
{
    /// <summary>The service's options with the request's permitted overrides applied, validated.</summary>
    public required ServiceOptions Options { get; init; }

    /// <summary>Keys without a leading underscore, untouched: GMS's user data.</summary>
    public required IReadOnlyDictionary<string, string> UserData { get; init; }

    /// <summary>The <see cref="RequestKeys"/> the request carried (<c>_customer_number</c>, <c>_desired_time</c>, ...), as sent.</summary>
    public required IReadOnlyDictionary<string, string> RequestValues { get; init; }

    /// <summary>
    /// Underscore keys this service does not model (<c>_urs_virtual_queue</c>, ...). GMS passes underscore keys on to
    /// ORS, so the caller keeps them as session attributes instead of refusing them.
    /// </summary>
    public required IReadOnlyDictionary<string, string> PassThrough { get; init; }
}
