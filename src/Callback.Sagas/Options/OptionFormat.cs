namespace Callback.Sagas.Options;

/// <summary>Reads an option's text as its value; false when the text is not of the option's type.</summary>
internal delegate bool TryReadOption<T>(string text, out T value);

/// <summary>How an option's text reads as a value, and what to tell an operator (<see cref="Expected"/>) when it does not.</summary>
internal sealed record OptionFormat<T>(string Expected, TryReadOption<T> TryRead);
