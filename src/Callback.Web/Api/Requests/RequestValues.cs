using System.Globalization;
using System.Text.Json;

namespace Callback.Web.Api.Requests;

/// <summary>
/// The key/value pairs of a GMS request body, whichever of its encodings the client chose: multipart/form-data (the
/// seed's trace), application/x-www-form-urlencoded, or a flat JSON object (numbers and booleans taken as their text).
/// GMS keys are case-sensitive, so the dictionary is too.
/// </summary>
public static class RequestValues
{
    public static async Task<RequestValuesResult> Read(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return RequestValuesResult.Of(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        }

        if (request.HasJsonContentType())
            return await ReadJson(request, cancellationToken);

        if (request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType))
            return RequestValuesResult.Of(new Dictionary<string, string>(StringComparer.Ordinal));

        return RequestValuesResult.Refused(
            $"Content type '{request.ContentType}' is not supported: send multipart/form-data, application/x-www-form-urlencoded or application/json.");
    }

    static async Task<RequestValuesResult> ReadJson(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return RequestValuesResult.Refused($"The body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return RequestValuesResult.Refused("The body must be a JSON object of keys and values.");

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (Text(property.Value) is not { } text)
                    return RequestValuesResult.Refused($"The value of '{property.Name}' must be a string, a number or a boolean.");
                values[property.Name] = text;
            }

            return RequestValuesResult.Of(values);
        }
    }

    static string? Text(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
            JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
            JsonValueKind.Null => "",
            _ => null,
        };
}
