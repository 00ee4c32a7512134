using Callback.Sagas.Options;
using PhoneNumbers;

namespace Callback.Web.PhoneNumbers;

/// <summary>
/// A service's rules for customer numbers (<c>_default_country</c>, <c>_disallow_impossible_phone_numbers</c>,
/// <c>_disallow_premium_phone_numbers</c>) with GMS's messages, word for word: clients and GMS's own tests match them.
/// </summary>
public static class CustomerNumberCheck
{
    static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>Why <paramref name="number"/> is refused by <paramref name="service"/>'s rules, or null when it is accepted.</summary>
    public static string? Refusal(ServiceOptions service, string number)
    {
        if (!service.DisallowImpossiblePhoneNumbers && !service.DisallowPremiumPhoneNumbers)
            return null;

        if (string.IsNullOrWhiteSpace(service.DefaultCountry))
        {
            var option = service.DisallowImpossiblePhoneNumbers ? OptionNames.DisallowImpossiblePhoneNumbers : OptionNames.DisallowPremiumPhoneNumbers;
            return $"Service option {service.ServiceName} / {OptionNames.DefaultCountry} is not configured. But option {option} is set. "
                + "We cannot validate phone numbers without knowing the country.";
        }

        var parsed = TryParse(number, service.DefaultCountry);
        if (service.DisallowImpossiblePhoneNumbers && (parsed is null || !Numbers.IsValidNumber(parsed)))
            return $"Customer Number [{number}] is disallowed, because it is invalid. Check option {OptionNames.DisallowImpossiblePhoneNumbers}";

        if (service.DisallowPremiumPhoneNumbers && parsed is not null && Numbers.GetNumberType(parsed) == PhoneNumberType.PREMIUM_RATE)
            return $"Customer Number [{number}] is disallowed, because it's a premium number. Check option {OptionNames.DisallowPremiumPhoneNumbers}";

        return null;
    }

    static PhoneNumber? TryParse(string number, string country)
    {
        try
        {
            return Numbers.Parse(number, country.ToUpperInvariant());
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
