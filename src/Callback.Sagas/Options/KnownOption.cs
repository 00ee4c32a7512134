namespace Callback.Sagas.Options;

/// <summary>
/// An option this service models: its GMS name, and how its text becomes a value of <see cref="ServiceOptions"/>.
/// Untyped here so that configuration and requests can walk all options alike.
/// </summary>
internal abstract class KnownOption(string name)
{
    public string Name { get; } = name;

    /// <summary>What the text should look like, for error messages.</summary>
    public abstract string Expected { get; }

    /// <summary>Sets the option from its text; false, with <paramref name="options"/> unchanged, when the text does not read.</summary>
    public abstract bool TryApply(ServiceOptions options, string text, out ServiceOptions applied);

    /// <summary>
    /// Whether two options hold the same value of this option, by the value type's own equality. List-valued options
    /// would compare by reference, which is why only the scalar scenario keys are ever compared.
    /// </summary>
    public abstract bool SameValue(ServiceOptions left, ServiceOptions right);
}

/// <inheritdoc />
internal sealed class KnownOption<T>(
    string name,
    OptionFormat<T> format,
    Func<ServiceOptions, T?> get,
    Func<ServiceOptions, T, ServiceOptions> set) : KnownOption(name)
{
    public override string Expected => format.Expected;

    public override bool TryApply(ServiceOptions options, string text, out ServiceOptions applied)
    {
        if (!format.TryRead(text, out var value))
        {
            applied = options;
            return false;
        }

        applied = set(options, value);
        return true;
    }

    public override bool SameValue(ServiceOptions left, ServiceOptions right) =>
        EqualityComparer<T>.Default.Equals(get(left), get(right));
}
