namespace Callback.Sagas.Observability;

/// <summary>
/// A customer number as logs may show it: personal data, so only its country and area prefix and its last two digits stay
/// readable, enough to tell numbers apart in an incident without exposing them (<c>+14155550123</c> → <c>+1415*****23</c>).
/// </summary>
public static class PhoneNumberMask
{
    const int LeadingDigits = 4;
    const int TrailingDigits = 2;

    /// <summary>
    /// Replaces every digit but the first four and the last two with <c>*</c>; a short number (fewer than eight digits) keeps
    /// only its last two. Other characters (<c>+</c>, spaces, dashes) stay, so the shape of what was sent remains visible.
    /// </summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrEmpty(number))
            return "";

        var digits = number.Count(char.IsAsciiDigit);
        var leading = digits >= LeadingDigits + TrailingDigits + 2 ? LeadingDigits : 0;
        var trailing = digits > TrailingDigits + 2 ? TrailingDigits : 0;

        var masked = number.ToCharArray();
        var seen = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            if (!char.IsAsciiDigit(masked[i]))
                continue;
            if (seen >= leading && seen < digits - trailing)
                masked[i] = '*';
            seen++;
        }

        return new string(masked);
    }
}
