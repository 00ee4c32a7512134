using System.Diagnostics.CodeAnalysis;

namespace Callback.Sagas.Options;

/// <summary>
/// Options, or every reason they cannot be had. Bad configuration and bad requests are ordinary input here, so they
/// come back as values for the caller to report, never as exceptions.
/// </summary>
public sealed class OptionsResult<T>
{
    internal OptionsResult(T value)
    {
        Value = value;
        Errors = [];
        Succeeded = true;
    }

    internal OptionsResult(IReadOnlyList<OptionError> errors)
    {
        if (errors.Count == 0)
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));

        Errors = errors;
    }

    /// <summary>The value; set exactly when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>All the errors found, not only the first, so an operator fixes a configuration in one go.</summary>
    public IReadOnlyList<OptionError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded { get; }
}
