using System.Globalization;
using Callback.Web.Api.Errors;
using Callback.Web.Api.OpenApi;
using Callback.Web.PhoneNumbers;

namespace Callback.Web.Api.PhoneNumbers;

/// <summary><c>GET /genesys/1/phonenumber?number=&amp;country=&amp;geocodingLocale=</c>: GMS's phone number lookup.</summary>
public static class PhoneNumberEndpoints
{
    const string DefaultCountry = "US";

    public static IEndpointRouteBuilder MapPhoneNumbers(this IEndpointRouteBuilder genesys)
    {
        genesys.MapGet("/1/phonenumber", Describe).WithName("DescribePhoneNumber")
            .WithTags(ApiTags.PhoneNumbers)
            .WithSummary("Describe a phone number")
            .WithDescription("Whether the number is possible, valid or premium, its formats, type, carrier, location and time zone.")
            .WithQueryParameters(
                QueryParameter.Text("number", "The number, national or international.", required: true),
                QueryParameter.Text("country", $"The region a national number is read in (ISO 3166 code); {DefaultCountry} by default."),
                QueryParameter.Text("geocodingLocale", "The language of location, as a Java (en_US) or .NET (en-US) locale; English by default."))
            .Produces<PhoneNumberDescription>()
            .ProducesGmsError(StatusCodes.Status400BadRequest, "No number, an unknown geocodingLocale, or a number that does not parse (GSGException).");
        return genesys;
    }

    static IResult Describe(string? number, string? country, string? geocodingLocale)
    {
        country = string.IsNullOrWhiteSpace(country) ? DefaultCountry : country;
        if (string.IsNullOrWhiteSpace(number))
            return GmsResults.BadRequest(GmsExceptions.General, "Parameter 'number' is required.");
        if (Locale(geocodingLocale) is not { } locale)
            return GmsResults.BadRequest(GmsExceptions.General, $"Invalid geocodingLocale {geocodingLocale}.");

        return PhoneNumberDescription.Of(number, country, locale) is { } description
            ? Results.Json(description)
            : GmsResults.BadRequest(GmsExceptions.General, $"Invalid Phone Number {number} for Country {country} (parsing impossible)");
    }

    /// <summary>GMS takes Java locales (<c>en_US</c>), .NET culture names (<c>en-US</c>) are accepted too; English by default.</summary>
    static CultureInfo? Locale(string? name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(name) ? "en-US" : name.Replace('_', '-'), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
