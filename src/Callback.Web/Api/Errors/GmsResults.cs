using Microsoft.AspNetCore.WebUtilities;

namespace Callback.Web.Api.Errors;

/// <summary>Answers with a <see cref="GmsError"/> body.</summary>
public static class GmsResults
{
    public static IResult Error(int status, string exception, string message, IReadOnlyDictionary<string, int>? availability = null) =>
        Results.Json(new GmsError(exception, status, ReasonPhrases.GetReasonPhrase(status), message, availability), statusCode: status);

    public static IResult BadRequest(string exception, string message, IReadOnlyDictionary<string, int>? availability = null) =>
        Error(StatusCodes.Status400BadRequest, exception, message, availability);

    public static IResult ServiceUnavailable(string message) =>
        Error(StatusCodes.Status503ServiceUnavailable, GmsExceptions.ServiceUnavailable, message);

    public static IResult NotFound(string message) =>
        Error(StatusCodes.Status404NotFound, GmsExceptions.NotFound, message);
}
