using System.Globalization;
using System.Text.Json.Serialization;
using PhoneNumbers;

namespace Callback.Web.PhoneNumbers;

/// <summary>What GMS's <c>GET /genesys/1/phonenumber</c> tells about a number, with its keys.</summary>
public sealed record PhoneNumberDescription(
    [property: JsonPropertyName("carrier")] string Carrier,
    [property: JsonPropertyName("country-code")] int CountryCode,
    [property: JsonPropertyName("country-code-source")] string CountryCodeSource,
    [property: JsonPropertyName("is-possible-number")] bool IsPossibleNumber,
    [property: JsonPropertyName("is-valid-number")] bool IsValidNumber,
    [property: JsonPropertyName("is-premium")] bool IsPremium,
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("number-E164")] string NumberE164,
    [property: JsonPropertyName("number-international")] string NumberInternational,
    [property: JsonPropertyName("number-national")] string NumberNational,
    [property: JsonPropertyName("number-type")] string NumberType,
    [property: JsonPropertyName("region-code")] string RegionCode,
    [property: JsonPropertyName("time-zone")] string TimeZone)
{
    static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The description of <paramref name="number"/> read as a number of <paramref name="country"/> (when it has no
    /// <c>+</c> prefix), with places and carriers named in <paramref name="locale"/>; null when it cannot be parsed.
    /// </summary>
    public static PhoneNumberDescription? Of(string number, string country, CultureInfo locale)
    {
        PhoneNumber parsed;
        try
        {
            parsed = Numbers.ParseAndKeepRawInput(number, country.ToUpperInvariant());
        }
        catch (NumberParseException)
        {
            return null;
        }

        var language = new Locale(locale.TwoLetterISOLanguageName, locale.IsNeutralCulture ? "" : new RegionInfo(locale.Name).TwoLetterISORegionName);
        var type = Numbers.GetNumberType(parsed);
        return new PhoneNumberDescription(
            PhoneNumberToCarrierMapper.GetInstance().GetNameForNumber(parsed, language),
            parsed.CountryCode,
            parsed.CountryCodeSource.ToString(),
            Numbers.IsPossibleNumber(parsed),
            Numbers.IsValidNumber(parsed),
            type == PhoneNumberType.PREMIUM_RATE,
            PhoneNumberOfflineGeocoder.GetInstance().GetDescriptionForNumber(parsed, language),
            Numbers.Format(parsed, PhoneNumberFormat.E164),
            Numbers.Format(parsed, PhoneNumberFormat.INTERNATIONAL),
            Numbers.Format(parsed, PhoneNumberFormat.NATIONAL),
            type.ToString(),
            Numbers.GetRegionCodeForNumber(parsed) ?? "",
            string.Join(",", PhoneNumberToTimeZonesMapper.GetInstance().GetTimeZonesForNumber(parsed)));
    }
}
