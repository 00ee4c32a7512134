namespace Callback.Sagas.Options;

/// <summary>How the raw text of an option, from configuration or a request, is taken before it is read.</summary>
internal static class OptionText
{
    /// <summary>
    /// The trimmed text, or null when there is none. An empty value means "not set", as in GMS, where a service's
    /// <c>""</c> inherits the callback section's value and an empty section value means the default.
    /// </summary>
    public static string? Of(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
}
